import { describe, expect, it } from "vitest";
import { extractCompensation } from "./compensation.js";

const base = (text: string) => extractCompensation(text).base;
/** The pay a reading should give, in the order a posting says it. */
const pay = (min: number, max: number, currency: string, period: string) => ({
  min,
  max,
  currency,
  period,
});

describe("extractCompensation: ranges with a period on each figure, and where pay is read", () => {
  it("reads a range whose first figure carries its period too", () => {
    expect(base("Salary: $150,000/yr - $180,000/yr")).toEqual({
      min: 150000,
      max: 180000,
      currency: "USD",
      period: "year",
    });
    expect(base("Rate: $90/hr to $110/hr")).toMatchObject({ min: 90, max: 110, period: "hour" });
  });

  it("says where the pay was read: one range, or a run of ranges by zone from first to last", () => {
    const one = "Base salary: $120,000 - $140,000. Bonus up to $20,000.";
    const a = extractCompensation(one);
    expect(one.slice(a.baseAt?.start, a.baseAt?.end)).toBe("$120,000 - $140,000");
    const zones = [
      "Pay by location:",
      "Tier 1: $150,000 - $190,000",
      "Tier 2: $135,000 - $170,000",
      "Tier 3: $120,000 - $155,000",
    ].join("\n");
    const z = extractCompensation(zones);
    expect(z.base).toMatchObject({ min: 120000, max: 190000 });
    const read = zones.slice(z.baseAt?.start, z.baseAt?.end);
    expect(read.startsWith("$150,000")).toBe(true);
    expect(read.endsWith("$155,000")).toBe(true);
    expect(extractCompensation("No pay is stated here.").baseAt).toBeNull();
  });
});

describe("extractCompensation", () => {
  it("reads ranges in the common written forms", () => {
    expect(base("Salary: $180K–$220K plus equity")).toEqual({
      min: 180000,
      max: 220000,
      currency: "USD",
      period: "year",
    });
    expect(base("The range is $185,000 - $230,000 USD.")).toMatchObject({
      min: 185000,
      max: 230000,
      currency: "USD",
    });
    expect(base("£90,000–£110,000 per annum")).toMatchObject({
      min: 90000,
      max: 110000,
      currency: "GBP",
    });
    expect(base("We pay between $135,000 and $160,000 in base salary.")).toMatchObject({
      min: 135000,
      max: 160000,
    });
    expect(base("Base pay $140-165k depending on level")).toMatchObject({
      min: 140000,
      max: 165000,
    });
  });

  it("reads single figures, euro amounts and the currency after the number", () => {
    expect(base("Salary: €120k")).toEqual({
      min: 120000,
      max: 120000,
      currency: "EUR",
      period: "year",
    });
    expect(base("Gehalt: 95.000 € bis 110.000 € im Jahr")).toMatchObject({
      min: 95000,
      max: 110000,
      currency: "EUR",
    });
  });

  it("reads a lone figure the company offers, or with equity beside it, as pay", () => {
    const euro = { min: 85000, max: 85000, currency: "EUR", period: "year" };
    expect(base("We offer €85k + equity.")).toEqual(euro);
    expect(base("We offer €85k.")).toEqual(euro);
    expect(base("$140k plus options.")).toMatchObject({ min: 140000, currency: "USD" });
    // A budget offered, and money raised, are no pay.
    expect(base("We offer a $2,000 learning budget.")).toBeNull();
    expect(base("We raised $85k + equity from angels.")).toBeNull();
  });

  it("reads hourly and day rates", () => {
    expect(base("Rate: $85-$110/hr, 6-month contract")).toEqual({
      min: 85,
      max: 110,
      currency: "USD",
      period: "hour",
    });
    expect(base("£550 – £650 per day outside IR35")).toMatchObject({
      min: 550,
      max: 650,
      currency: "GBP",
      period: "day",
    });
    // A lone figure with its currency and period is pay, though no pay word is near it.
    expect(base("Six-month contract, €900 per day, remote.")).toEqual({
      min: 900,
      max: 900,
      currency: "EUR",
      period: "day",
    });
    // Without a period, a lone figure still needs a pay word: a cost is not a salary.
    expect(base("We spend €900 on each new laptop.")).toBeNull();
  });

  it("reads pay in lakhs (Indian numbering), yearly when said per annum", () => {
    expect(base("Compensation: INR 45–60 LPA.")).toEqual({
      min: 4_500_000,
      max: 6_000_000,
      currency: "INR",
      period: "year",
    });
    expect(base("Salary: ₹30 lakhs to ₹40 lakhs per annum.")).toEqual({
      min: 3_000_000,
      max: 4_000_000,
      currency: "INR",
      period: "year",
    });
  });

  it("prefers base pay stated beside a total", () => {
    expect(base("Total compensation of $400K including RSUs; base salary $250K.")).toEqual({
      min: 250_000,
      max: 250_000,
      currency: "USD",
      period: "year",
    });
    // A total alone is still read.
    expect(base("Total compensation: $300K-$350K.")).toMatchObject({ min: 300_000 });
  });

  it("reads the period past a tax word between it and the figure", () => {
    expect(base("Pay: 28,000 – 34,000 PLN gross per month (B2B).")).toEqual({
      min: 28000,
      max: 34000,
      currency: "PLN",
      period: "month",
    });
    expect(base("Salary: 25–30k PLN net/month on B2B.")).toEqual({
      min: 25000,
      max: 30000,
      currency: "PLN",
      period: "month",
    });
    expect(base("Salary €70,000 (gross) a year.")).toMatchObject({ period: "year" });
  });

  it("reads the period past a contract word (B2B, UoP, + VAT)", () => {
    expect(base("Salary: PLN 22 000 - 29 000 net B2B / month")).toMatchObject({
      min: 22000,
      max: 29000,
      period: "month",
    });
    expect(base("Pay: 18 000 - 24 000 PLN + VAT / month")).toMatchObject({ period: "month" });
    expect(base("Pay: 17 000 - 21 000 PLN gross (UoP) per month")).toMatchObject({
      period: "month",
    });
  });

  it("keeps OTE apart from base pay", () => {
    const both = extractCompensation("Base salary of $150K–$170K, with OTE of $210K–$240K.");
    expect(both.base).toMatchObject({ min: 150000, max: 170000 });
    expect(both.ote).toMatchObject({ min: 210000, max: 240000 });
    const oteOnly = extractCompensation("Earn $260K OTE (60/40 split).");
    expect(oteOnly.base).toBeNull();
    expect(oteOnly.ote).toMatchObject({ min: 260000, max: 260000 });
  });

  it("ignores bonuses, funding, revenue and truncated header figures", () => {
    expect(base("We raised $30M and reached $12M ARR.")).toBeNull();
    expect(base("Compensation: $50")).toBeNull();
    expect(base("A $2,000 learning stipend and up to $25,000 fertility support.")).toBeNull();
    expect(base("$190K–$210K base + $30K bonus")).toMatchObject({ min: 190000, max: 210000 });
    // A round's size beside the pay words of another sentence on the same line.
    expect(
      base("We closed a pre-seed round of $900k last month. Equity and a modest salary."),
    ).toBeNull();
    expect(base("We are raising $4M this spring; the salary is competitive.")).toBeNull();
  });

  it("takes the span of a run of zone ranges, but a stated range first", () => {
    const zones = [
      "Zone A: $150,000 - $200,000",
      "",
      "Zone B: $165,000 - $220,000",
      "",
      "Zone C: $180,000 - $240,000",
    ].join("\n");
    expect(base(zones)).toMatchObject({ min: 150000, max: 240000 });
    expect(
      base(`Compensation: $170,000 - $230,000\n\n${"filler\n".repeat(10)}${zones}`),
    ).toMatchObject({
      min: 170000,
      max: 230000,
    });
  });

  it("takes a k figure without a sign in a pay sentence in the posting's currency", () => {
    expect(base("Salary: 210k - 225k base plus bonus")).toMatchObject({
      min: 210000,
      max: 225000,
      currency: "USD",
    });
    expect(base("Salary: 80k - 95k, plus a £2,000 training budget.")).toMatchObject({
      currency: "GBP",
    });
  });
});

describe("pay in the forms of scraped headers", () => {
  it("reads tilde ranges, a code after the range, and header fields", () => {
    expect(extractCompensation("Salary: USD $165,000~$220,000").base).toEqual({
      min: 165000,
      max: 220000,
      currency: "USD",
      period: "year",
    });
    expect(extractCompensation("Salary: $183,000 - $215,000 CAD").base).toEqual({
      min: 183000,
      max: 215000,
      currency: "CAD",
      period: "year",
    });
    expect(extractCompensation("Acme | Head of Engineering | Miami | $175k + equity").base).toEqual(
      { min: 175000, max: 175000, currency: "USD", period: "year" },
    );
  });

  it("does not read a retirement plan or a customer count as pay", () => {
    expect(
      extractCompensation("We match 4% of your salary in 401k contributions.").base,
    ).toBeNull();
    expect(
      extractCompensation("Our salary bands are fair; we serve 145,000 paid customer accounts.")
        .base,
    ).toBeNull();
  });
});

describe("extractCompensation: pay in any currency and written form", () => {
  it("reads thousands grouped by spaces, apostrophes and lakhs", () => {
    expect(base("Salary band: 72 000 € – 86 000 € gross a year")).toEqual({
      min: 72000,
      max: 86000,
      currency: "EUR",
      period: "year",
    });
    expect(base("Pay: 310 000 - 360 000 PLN per year")).toMatchObject({
      min: 310000,
      max: 360000,
      currency: "PLN",
    });
    expect(base("Salary: CHF 142'000 – 171'000")).toMatchObject({
      min: 142000,
      max: 171000,
      currency: "CHF",
    });
    // Indian grouping, and a yearly figure in rupees far above the dollar bounds.
    expect(base("CTC: ₹38,00,000 - ₹52,00,000 per annum")).toEqual({
      min: 3800000,
      max: 5200000,
      currency: "INR",
      period: "year",
    });
  });

  it("reads a currency code written before the dollar sign", () => {
    expect(base("Salary range: CAD $190,000 – $230,000 per year.")).toEqual({
      min: 190000,
      max: 230000,
      currency: "CAD",
      period: "year",
    });
    expect(base("AUD $150k-$170k + super")).toMatchObject({ currency: "AUD", min: 150000 });
  });

  it("reads a currency named in words or by its own sign", () => {
    expect(base("The salary is 64,000 to 78,000 euros.")).toMatchObject({ currency: "EUR" });
    expect(base("Salary: 81,000 - 93,000 pounds plus pension")).toMatchObject({
      min: 81000,
      max: 93000,
      currency: "GBP",
    });
    expect(base("Salário: R$ 21.000 - R$ 27.000 per month")).toEqual({
      min: 21000,
      max: 27000,
      currency: "BRL",
      period: "month",
    });
  });

  it("keeps a range grouped by spaces apart from a later figure", () => {
    expect(base("Salary: 95 000 – 110 000 € and a 2 000 € training budget")).toMatchObject({
      min: 95000,
      max: 110000,
    });
  });
});

describe("extractCompensation: the dollar a bare '$' means, from the places a posting names", () => {
  it("reads the local dollar of a posting placed in one other dollar country", () => {
    expect(
      base("Our office is in Fitzroy, Melbourne.\nSalary: $180,000 – $205,000 plus super."),
    ).toMatchObject({ min: 180000, max: 205000, currency: "AUD" });
    expect(
      base("Remote within Canada, with an office in Ottawa.\nBase pay: $150,000 to $170,000."),
    ).toMatchObject({ currency: "CAD" });
    expect(base("Hybrid, Auckland CBD. Salary $140,000 – $160,000.")).toMatchObject({
      currency: "NZD",
    });
  });

  it("reads, of several dollar countries, the one its pension scheme or its place line names", () => {
    // The office's line comes first; customers in two countries come after.
    expect(
      base(
        "Staff Engineer\nPonsonby Labs · Brisbane QLD · Hybrid\n$170,000 – $185,000\nWe serve 600 clinics across Australia and New Zealand.",
      ),
    ).toMatchObject({ currency: "AUD" });
    expect(
      base(
        "We sell across Australia and New Zealand from our Wellington office.\nSalary $150,000 – $165,000 + KiwiSaver.",
      ),
    ).toMatchObject({ currency: "NZD" });
    expect(
      base("Customers in New Zealand and Australia.\nPackage: $160,000 – $180,000 + super."),
    ).toMatchObject({ currency: "AUD" });
  });

  it("reads a bare '$' as the one dollar the posting's coded figures name", () => {
    expect(
      base(
        "Engineering Manager — Remote (Canada) — $140K–$160K\nThe client is getting ready to launch in the US.\nBase salary is $140,000–$160,000 CAD plus options.",
      ),
    ).toMatchObject({ min: 140000, max: 160000, currency: "CAD" });
  });

  it("keeps USD where the US is named too, or no place is, or the code says otherwise", () => {
    expect(
      base("Remote (US or Canada); hubs in Toronto and Denver. Salary: $160,000 – $190,000."),
    ).toMatchObject({ currency: "USD" });
    expect(base("Salary: $160,000 – $190,000, equity, and a laptop of your choice.")).toMatchObject(
      { currency: "USD" },
    );
    expect(base("Come join us in Sydney! Pay: $120,000 – $140,000 USD.")).toMatchObject({
      currency: "USD",
    });
  });
});

describe("extractCompensation: money the product makes or saves is not pay", () => {
  it("skips a monthly figure found, saved or missed", () => {
    expect(
      base("Our pilot already found about $6,000 a month in missed charges for one clinic."),
    ).toBeNull();
    expect(base("Customers saved $2,500 per month on average.")).toBeNull();
    expect(base("Pay: $9,000 a month, paid monthly.")).toMatchObject({
      min: 9000,
      period: "month",
    });
  });
});

describe("extractCompensation: crores", () => {
  it("reads a range from lakhs to crores (1 crore = 100 lakhs = 10,000,000 rupees)", () => {
    expect(base("Compensation: ₹80 LPA – ₹1.1 Cr fixed, plus ESOPs")).toEqual({
      min: 8_000_000,
      max: 11_000_000,
      currency: "INR",
      period: "year",
    });
    // A count of users in crores is not pay.
    expect(base("Our app serves 3 crore users across India.")).toBeNull();
  });
});

describe("extractCompensation: currencies beyond the dollar, pound and euro", () => {
  it("reads the rand's R, the naira's sign and a code before figures grouped by dots", () => {
    expect(base("Pay: R85,000 – R100,000 per month (cost to company).")).toEqual({
      min: 85000,
      max: 100000,
      currency: "ZAR",
      period: "month",
    });
    expect(base("Salary: ₦1,200,000 – ₦1,800,000 monthly, gross.")).toEqual({
      min: 1200000,
      max: 1800000,
      currency: "NGN",
      period: "month",
    });
    expect(base("The salary is between COP 18.000.000 and 22.000.000 per month.")).toEqual({
      min: 18000000,
      max: 22000000,
      currency: "COP",
      period: "month",
    });
    expect(base("Base: KSh 450,000 – KSh 600,000 a month.")).toMatchObject({ currency: "KES" });
  });

  it("keeps an R that is not glued to a figure in thousands a word", () => {
    expect(base("We use R 4 and Python for the models; salary $120,000 – $140,000.")).toMatchObject(
      {
        currency: "USD",
        min: 120000,
      },
    );
  });
});

describe("extractCompensation: the sol's S/ and the rupee's code", () => {
  it("reads 'S/ 12,000 - 15,000 monthly' and 'PKR 900,000 - 1,100,000 per month'", () => {
    expect(base("We offer: S/ 11,000 - 14,000 monthly, health insurance.")).toEqual({
      min: 11000,
      max: 14000,
      currency: "PEN",
      period: "month",
    });
    expect(base("Salary: PKR 900,000 - 1,100,000 per month")).toEqual({
      min: 900000,
      max: 1100000,
      currency: "PKR",
      period: "month",
    });
  });
});

describe("extractCompensation: the New Taiwan dollar's NT$", () => {
  it("reads 'Monthly NT$95,000~130,000' as TWD a month", () => {
    expect(base("Pay: Monthly NT$95,000~130,000 | Experience: 5 years")).toEqual({
      min: 95000,
      max: 130000,
      currency: "TWD",
      period: "month",
    });
  });
});

describe("extractCompensation: the baht's sign, and a coded dollar written without a sign", () => {
  it("reads '฿90,000 - ฿140,000 per month' as THB", () => {
    expect(base("฿90,000 - ฿140,000 per month")).toEqual({
      min: 90000,
      max: 140000,
      currency: "THB",
      period: "month",
    });
  });

  it("reads a title's bare $ as the CAD the text names, whatever US$ a funding round is in", () => {
    expect(
      base(
        "VP Engineering | Remote (Canada) | $210K–$250K\n\nWe raised a US$40M Series B.\n\nBase salary CAD 210,000–250,000 plus equity.",
      ),
    ).toMatchObject({ min: 210000, max: 250000, currency: "CAD" });
  });
});

describe("extractCompensation: set 9's currencies and counts, read in session 27, in our own sentences", () => {
  it("reads the rupiah's Rp with dotted thousands, the Nepalese rupee's NRs. and a coded JOD", () => {
    expect(base("Gaji / salary: Rp 30.000.000 – Rp 42.000.000 per month")).toEqual({
      min: 30000000,
      max: 42000000,
      currency: "IDR",
      period: "month",
    });
    expect(base("- Salary: NRs. 1,80,000 – 2,40,000 per month, negotiable")).toEqual({
      min: 180000,
      max: 240000,
      currency: "NPR",
      period: "month",
    });
    expect(base("Monthly salary JOD 1,900 – 2,600 and a yearly bonus")).toEqual({
      min: 1900,
      max: 2600,
      currency: "JOD",
      period: "month",
    });
  });

  it("reads no pay in a count of merchants or users beside a pay word or a company called Pay", () => {
    expect(
      base(
        "Ferrow Pay settles card payments for over 25,000 merchants in Spain and Portugal, and we pay a competitive salary.",
      ),
    ).toBeNull();
    expect(
      base("We now serve 1.5 lakh monthly active shopkeepers; salary is discussed at offer."),
    ).toBeNull();
    expect(base("Salary: $120,000 across all our locations")).toMatchObject({ min: 120000 });
  });
});

describe("extractCompensation: the taka's Tk. and ৳, and a period in brackets", () => {
  it("reads 'Tk. 300000 - 420000 (Monthly)' and '৳ 1,10,000 per month' as BDT a month", () => {
    expect(base("Salary\nTk. 300000 - 420000 (Monthly)")).toEqual({
      min: 300000,
      max: 420000,
      currency: "BDT",
      period: "month",
    });
    expect(base("Salary: ৳ 1,10,000 per month")).toMatchObject({
      currency: "BDT",
      period: "month",
    });
  });
});

describe("extractCompensation: pay in the words of Spanish, Portuguese and Italian postings", () => {
  it("reads their pay words, periods and range joins, and no meal allowance", () => {
    expect(base("Salario: 2.800.000 - 3.400.000 ARS brutos mensuales")).toEqual({
      min: 2800000,
      max: 3400000,
      currency: "ARS",
      period: "month",
    });
    expect(base("Salário: R$ 21.000 a R$ 27.000 por mês")).toEqual({
      min: 21000,
      max: 27000,
      currency: "BRL",
      period: "month",
    });
    expect(base("Retribuzione: 48.000 - 58.000 EUR lordi annui")).toMatchObject({
      min: 48000,
      max: 58000,
      period: "year",
    });
    expect(base("- Vale-refeição flexível (R$ 1.500/mês)")).toBeNull();
  });
});

describe("extractCompensation: a currency code named before bare figures", () => {
  it("reads the code as the figures' currency, not the dollar by default", () => {
    expect(base("- Pay in EUR: 4,200 to 5,100 per month, freelance contract")).toEqual({
      min: 4200,
      max: 5100,
      currency: "EUR",
      period: "month",
    });
    expect(base("Base salary (GBP): 72,000 - 86,000 per year")).toEqual({
      min: 72000,
      max: 86000,
      currency: "GBP",
      period: "year",
    });
  });
});

describe("extractCompensation: a dollar named by a code in brackets, or by Singapore", () => {
  it("reads the Singapore dollar", () => {
    expect(base("Monthly salary $11,000 - $15,000 (SGD)")).toMatchObject({ currency: "SGD" });
    expect(base("Based in Singapore. Salary: $9,500 - $12,500 per month")).toMatchObject({
      currency: "SGD",
      period: "month",
    });
  });
});

describe("extractCompensation: the signs and words of more currencies, and those several countries share", () => {
  it("reads the dram, the Dominican peso, the tenge, the lari, the colón, the quetzal and the Gulf dinars", () => {
    expect(base("Pay: ֏950,000 – ֏1,300,000 per month")).toMatchObject({ currency: "AMD" });
    expect(base("Sueldo: RD$140,000 - RD$175,000 mensuales")).toMatchObject({
      currency: "DOP",
      period: "month",
    });
    expect(base("Pay: ₸850,000 – ₸1,100,000 per month")).toMatchObject({ currency: "KZT" });
    expect(base("Pay: ₾5,200 – ₾6,800 per month")).toMatchObject({ currency: "GEL" });
    expect(base("Pay: ₡1,600,000 - ₡2,100,000 per month")).toMatchObject({ currency: "CRC" });
    expect(base("Pay: Q21,000 - Q27,000 per month")).toMatchObject({ currency: "GTQ" });
    expect(base("Pay: KD 1,400 - 1,900 per month")).toMatchObject({ currency: "KWD" });
    expect(base("Pay: BD 1,600 - 2,100 per month")).toMatchObject({ currency: "BHD" });
    expect(base("Pay: P 38,000 - P 52,000 per month")).toMatchObject({ currency: "BWP" });
    expect(base("Pay: 16,000,000 - 22,000,000 so'm per month")).toMatchObject({
      currency: "UZS",
    });
  });

  it("reads the CFA franc and the rupee by the places the posting names", () => {
    expect(base("Yaoundé office. Pay: 1,200,000 - 1,700,000 FCFA per month")).toMatchObject({
      currency: "XAF",
    });
    expect(base("Abidjan office. Pay: 1,200,000 - 1,700,000 FCFA per month")).toMatchObject({
      currency: "XOF",
    });
    expect(base("Based in Lahore. Pay: Rs 450,000 - 600,000 per month")).toMatchObject({
      currency: "PKR",
    });
    expect(base("Pay: Rs. 2,20,000 per month")).toMatchObject({ currency: "INR" });
  });
});

describe("pay of set 15's postings, in sentences of our own", () => {
  it("reads pay said in millions in a currency of small units, not in dollars", () => {
    expect(base("Pay: ₦4m – ₦5.5m monthly, plus equity.")).toEqual({
      min: 4_000_000,
      max: 5_500_000,
      currency: "NGN",
      period: "month",
    });
    expect(base("Annual salary of ¥18 million plus bonus.")).toEqual({
      min: 18_000_000,
      max: 18_000_000,
      currency: "JPY",
      period: "year",
    });
    // Millions of dollars are funding or revenue, not pay.
    expect(base("Salary: $2.5m – $3.5m a year")).toBeNull();
    expect(base("We raised ₦900 million last year.")).toBeNull();
  });

  it("reads the balboa's B/., the forint's Ft with Hungarian 'havi', and RM before a short figure", () => {
    expect(base("Base is B/. 3,500 – 4,200 a month.")).toMatchObject({
      currency: "PAB",
      period: "month",
    });
    expect(base("- Bruttó havi 1 500 000 – 1 900 000 Ft")).toEqual({
      min: 1_500_000,
      max: 1_900_000,
      currency: "HUF",
      period: "month",
    });
    expect(base("Our rate is RM 380 an hour.")).toEqual({
      min: 380,
      max: 380,
      currency: "MYR",
      period: "hour",
    });
    expect(base("The summit trail climbs 8,000 ft.")).toBeNull();
  });

  it("takes the period of the same figures restated below a header", () => {
    expect(
      base("HEAD OF DATA | PENANG | RM 25K – 31K\n\n- Monthly basic salary RM 25,000 – RM 31,000"),
    ).toEqual({ min: 25_000, max: 31_000, currency: "MYR", period: "month" });
  });

  it("reads the koruna's Kč, the złoty's zł, the leu's lei and kr by the country named", () => {
    // "Kč" is not "K" for thousands.
    expect(base("Pay: 95 000 – 120 000 Kč gross per month")).toEqual({
      min: 95_000,
      max: 120_000,
      currency: "CZK",
      period: "month",
    });
    expect(base("Salary 21 000 – 26 000 zł brutto per month")).toMatchObject({ currency: "PLN" });
    expect(base("Salary 24.000 lei net per month")).toMatchObject({ currency: "RON" });
    expect(base("Lønn 70 000 kr per måned, kontor i Bergen.")).toEqual({
      min: 70_000,
      max: 70_000,
      currency: "NOK",
      period: "month",
    });
    expect(base("Salary 62 000 kr per månad.")).toMatchObject({ currency: "SEK", period: "month" });
  });

  it("reads '$' grouped by full stops as the peso of the country named, and a month said before", () => {
    expect(base("Sueldo mensual bruto $5.500.000 – $6.200.000. Oficina en Las Condes.")).toEqual({
      min: 5_500_000,
      max: 6_200_000,
      currency: "CLP",
      period: "month",
    });
    // A place name ending in an accented letter ("Bogotá") still names its country.
    expect(base("Sueldo mensual $9.000.000 – $11.000.000, oficina en Bogotá.")).toMatchObject({
      currency: "COP",
      period: "month",
    });
    // Grouped by commas, "$" stays the dollar of the places named.
    expect(base("Salary $150,000 – $170,000 a year. Office in Santiago.")).toMatchObject({
      currency: "USD",
    });
  });

  it("reads a daily rate budgeted as pay, a sum budgeted as none, and the Romanian month", () => {
    expect(base("We've budgeted €900–€1,100 per day for the role.")).toEqual({
      min: 900,
      max: 1100,
      currency: "EUR",
      period: "day",
    });
    expect(base("We've budgeted €40,000 for conference travel this year.")).toBeNull();
    expect(base("**Salariu:** 21.000 – 25.000 RON net/lună")).toMatchObject({ period: "month" });
  });

  it("reads Icelandic pay by the month (session 36)", () => {
    expect(base("Laun: 980.000 – 1.100.000 kr. á mánuði")).toEqual({
      min: 980_000,
      max: 1_100_000,
      currency: "ISK",
      period: "month",
    });
  });

  it("reads the budget named for an hourly rate as pay, not a budget of some kind (session 36)", () => {
    expect(base("Our budget is €80–95 per hour, invoiced monthly.")).toEqual({
      min: 80,
      max: 95,
      currency: "EUR",
      period: "hour",
    });
    expect(base("The meal budget is €15 a day.")).toBeNull();
    expect(base("Our budget is €40,000 for the whole project.")).toBeNull();
  });

  it("reads a figure offered with benefits as pay without a pay word", () => {
    expect(base("Senior Engineer\nLeeds, hybrid\n£82,000 + benefits\n\nAbout us")).toEqual({
      min: 82_000,
      max: 82_000,
      currency: "GBP",
      period: "year",
    });
  });
});

describe("pay periods in Indonesian (session 31)", () => {
  it("reads 'per bulan' as a month and 'per tahun' as a year", () => {
    expect(base("Gaji: Rp 30.000.000 – Rp 40.000.000 per bulan")).toMatchObject({
      currency: "IDR",
      period: "month",
    });
    expect(base("Rp 450.000.000 per tahun, plus bonus")).toMatchObject({
      currency: "IDR",
      period: "year",
    });
  });
});

describe("pay as set 19's postings put it, read after scoring, in sentences of our own", () => {
  it("reads Japanese pay in 万円 with its period before it", () => {
    expect(base("年収：800万円〜1,100万円（経験による）")).toEqual({
      min: 8_000_000,
      max: 11_000_000,
      currency: "JPY",
      period: "year",
    });
    expect(base("月給 38万円〜")).toEqual({
      min: 380_000,
      max: 380_000,
      currency: "JPY",
      period: "month",
    });
  });

  it("reads rand said in millions when its period is said, and not money raised", () => {
    expect(base("- A guaranteed package of R2.6m – R3.1m per annum")).toEqual({
      min: 2_600_000,
      max: 3_100_000,
      currency: "ZAR",
      period: "year",
    });
    expect(base("We raised R45m from local investors last year.")).toBeNull();
    expect(base("Series R 5 is our newest product line.")).toBeNull();
  });

  it("reads a salary in millions of crowns when the salary is named before it", () => {
    expect(
      base("Our offer: a base salary in the range of NOK 1.9–2.2 million and a pension."),
    ).toEqual({
      min: 1_900_000,
      max: 2_200_000,
      currency: "NOK",
      period: "year",
    });
    expect(base("Last year we raised SEK 40 million and doubled revenue.")).toBeNull();
  });

  it("reads a day rate named farther back in its clause as a day's pay (session 37)", () => {
    expect(
      base("The day rate agreed with our client is AED 5,800, invoiced monthly."),
    ).toMatchObject({ min: 5800, period: "day" });
  });

  it("reads pay in yen said as a word, 'kr. per month', and a grade 'equivalent' beside the salary (session 37)", () => {
    expect(base("- Annual salary of around 12,000,000 yen, bonuses on top")).toMatchObject({
      min: 12_000_000,
      currency: "JPY",
      period: "year",
    });
    expect(base("Reykjavík office. 1.200.000–1.500.000 kr. per month.")).toMatchObject({
      currency: "ISK",
      period: "month",
    });
    expect(base("Grade: EL2 equivalent | Salary: $150,000 – $165,000 per annum")).toMatchObject({
      min: 150_000,
      max: 165_000,
    });
  });

  it("reads the Danish month and year said with 'om'", () => {
    expect(base("- Løn: DKK 58.000–66.000 om måneden plus pension")).toMatchObject({
      min: 58_000,
      max: 66_000,
      period: "month",
    });
    expect(base("Løn: 820.000 kr. om året")).toMatchObject({ min: 820_000, period: "year" });
  });
});

describe("pay in wordings of our own, written to probe the reader (session 32)", () => {
  it("reads months said in Polish, Hungarian, Bulgarian and Thai, with three tax words between", () => {
    expect(base("Wynagrodzenie: 28 000 – 34 000 PLN netto + VAT (B2B) miesięcznie")).toMatchObject({
      currency: "PLN",
      period: "month",
    });
    expect(base("Fizetés: bruttó 1 300 000 – 1 700 000 Ft / hó")).toEqual({
      min: 1_300_000,
      max: 1_700_000,
      currency: "HUF",
      period: "month",
    });
    expect(base("Заплата: 6 500 – 8 000 лв. бруто месечно")).toEqual({
      min: 6500,
      max: 8000,
      currency: "BGN",
      period: "month",
    });
    expect(base("เงินเดือน 150,000 - 210,000 บาท")).toEqual({
      min: 150_000,
      max: 210_000,
      currency: "THB",
      period: "month",
    });
  });

  it("names the krone by the pay word's language", () => {
    expect(base("Lønn: 980 000 – 1 150 000 kr i året")?.currency).toBe("NOK");
    expect(base("Løn: 62.000 kr. om måneden")?.currency).toBe("DKK");
    expect(base("Lön: 68 000 kr i månaden")?.currency).toBe("SEK");
  });
});

describe("pay in wordings of our own, a second round (session 32)", () => {
  it("reads Italian 'stipendio' as pay, not a stipend", () => {
    expect(base("Stipendio: 60-70k € lordi annui")).toEqual({
      min: 60_000,
      max: 70_000,
      currency: "EUR",
      period: "year",
    });
    expect(base("Learning stipend: €1,500 a year")).toBeNull();
  });

  it("reads Israel's shekel by its common abbreviation, NIS", () => {
    expect(base("Package: 45-52K NIS gross/month + options")).toEqual(
      pay(45_000, 52_000, "ILS", "month"),
    );
  });

  it("reads months said in Czech, Turkish and Vietnamese, and 'triệu' as a million", () => {
    expect(base("Plat: 95 000 – 120 000 Kč měsíčně")?.period).toBe("month");
    expect(base("85 000 – 105 000 Kč za měsíc")?.period).toBe("month");
    expect(base("Maaş: 220.000 – 280.000 TL brüt / ay")).toEqual({
      min: 220_000,
      max: 280_000,
      currency: "TRY",
      period: "month",
    });
    expect(base("Lương: 90 – 120 triệu VND/tháng")).toEqual({
      min: 90_000_000,
      max: 120_000_000,
      currency: "VND",
      period: "month",
    });
  });
});

describe("pay in wordings of our own, a third round (session 33)", () => {
  it("reads French periods and 'entre ... et', and German pay words in compounds", () => {
    expect(base("Salaire : 40 000 – 48 000 MAD net par mois")).toEqual(
      pay(40_000, 48_000, "MAD", "month"),
    );
    expect(base("Salaire brut annuel : entre 65 et 75 K€")).toEqual(
      pay(65_000, 75_000, "EUR", "year"),
    );
    expect(base("Jahresbruttogehalt ab EUR 68.000")).toEqual(pay(68_000, 68_000, "EUR", "year"));
    // An "and" between figures that are no range stays two figures.
    expect(base("We raised €5m et 3 clients")).toBeNull();
  });

  it("reads a cost-to-company and a net word between the figures and their period", () => {
    expect(base("Package: R1.2m – R1.5m CTC per annum")).toEqual(
      pay(1_200_000, 1_500_000, "ZAR", "year"),
    );
    expect(base("Valparaíso, Chile. Renta: $3.800.000 – $4.600.000 líquidos mensuales")).toEqual(
      pay(3_800_000, 4_600_000, "CLP", "month"),
    );
  });

  it("reads 'juta' as a million rupiah and 'đồng' as the dong", () => {
    expect(base("Gaji: Rp 38 juta – Rp 52 juta per bulan")).toEqual(
      pay(38_000_000, 52_000_000, "IDR", "month"),
    );
    expect(base("Mức lương: 60–80 triệu đồng/tháng")).toEqual(
      pay(60_000_000, 80_000_000, "VND", "month"),
    );
  });
});

describe("pay read from set 21 (session 33)", () => {
  it("does not take a sign on the next line as a number's currency", () => {
    expect(base("Terms\na review after month 2\n€700 per day, invoiced monthly")).toEqual(
      pay(700, 700, "EUR", "day"),
    );
  });

  it("reads 'around' as no funding round, and a funding round after a figure as no pay", () => {
    expect(base("- Around 41,000 MAD gross per month")).toEqual(
      pay(41_000, 41_000, "MAD", "month"),
    );
    expect(base("We closed a $600k pre-seed round. Salary is NZ$115,000 a year.")).toEqual(
      pay(115_000, 115_000, "NZD", "year"),
    );
  });
});

describe("pay in the words of Czech, Estonian, Turkish and Korean postings (session 34)", () => {
  it("reads Czech 'tis.' as thousands and Estonian 'eurot kuus' as euros a month", () => {
    expect(base("Mzda: 95–120 tis. Kč měsíčně")).toEqual(pay(95_000, 120_000, "CZK", "month"));
    expect(base("Palk 4800–5600 eurot kuus")).toEqual(pay(4_800, 5_600, "EUR", "month"));
  });

  it("reads Korean 만 as ten thousand and 억 as a hundred million won", () => {
    expect(base("연봉 7,500만 원 ~ 1억 1,000만 원")).toEqual(
      pay(75_000_000, 110_000_000, "KRW", "year"),
    );
    expect(base("연봉 8500만원")).toEqual(pay(85_000_000, 85_000_000, "KRW", "year"));
  });

  it("reads a month said before the figure in Turkish", () => {
    expect(base("Maaş: aylık brüt 180.000 TL")).toEqual(pay(180_000, 180_000, "TRY", "month"));
  });
});

describe("pay read from set 22 (session 34)", () => {
  it("reads Slovenian and Swahili pay words and months", () => {
    expect(base("Plača: 4.800 EUR bruto mesečno, plus a yearly bonus")).toEqual(
      pay(4_800, 4_800, "EUR", "month"),
    );
    expect(base("Mshahara: TSh 4,200,000 kwa mwezi, plus options")).toEqual(
      pay(4_200_000, 4_200_000, "TZS", "month"),
    );
  });

  it("reads 'K' glued to a figure as the kwacha of the country named first", () => {
    expect(base("Based in Ndola. Basic salary is K31,000 to K36,000 per month.")).toEqual(
      pay(31_000, 36_000, "ZMW", "month"),
    );
    expect(base("Based in Lilongwe, Malawi. Salary: K2,400,000 per month.")).toEqual(
      pay(2_400_000, 2_400_000, "MWK", "month"),
    );
    // A word glued to a figure is no currency.
    expect(base("We run K8s clusters for 12,000 users.")).toBeNull();
  });

  it("reads RMB as the yuan, and a yuan salary in millions with its period", () => {
    expect(base("- RMB 1.1–1.5 million per year, plus a bonus")).toEqual(
      pay(1_100_000, 1_500_000, "CNY", "year"),
    );
  });
});

describe("pay read from set 23 (session 35)", () => {
  it("reads dirhams as Morocco's where Morocco is named, the Emirates' otherwise", () => {
    expect(base("Based in Rabat. Salaire : 42 000 à 50 000 dirhams nets par mois")).toEqual(
      pay(42_000, 50_000, "MAD", "month"),
    );
    expect(base("Abu Dhabi office. Salary: 38,000 dirhams per month, plus housing")).toEqual(
      pay(38_000, 38_000, "AED", "month"),
    );
  });

  it("reads South Africa's total guaranteed package as the fixed pay, with its period", () => {
    expect(
      base("Remuneration is R1.4m – R1.7m total guaranteed package per annum, plus incentives."),
    ).toEqual(pay(1_400_000, 1_700_000, "ZAR", "year"));
  });
});

describe("pay read from set 24 (session 35)", () => {
  it("reads 'kr' before the figure as the krone of the posting's language", () => {
    expect(base("Stillingen lønnes etter avtale, kr 780 000 – 860 000 per år.")).toEqual(
      pay(780_000, 860_000, "NOK", "year"),
    );
  });

  it("reads Czech gross pay by the month, Lithuanian 'Eur/mėn.' and Hungarian millions", () => {
    expect(base("Mzda: 95 000 – 120 000 Kč hrubého měsíčně")).toEqual(
      pay(95_000, 120_000, "CZK", "month"),
    );
    expect(base("Atlyginimas: 4 100 – 5 300 Eur/mėn. (bruto)")).toEqual(
      pay(4_100, 5_300, "EUR", "month"),
    );
    expect(base("- Bruttó 1,9–2,4 millió Ft / hó")).toEqual(
      pay(1_900_000, 2_400_000, "HUF", "month"),
    );
  });

  it("reads '¥' as the yuan where China or a Chinese pay word is named, the yen otherwise", () => {
    expect(base("Based in Shenzhen. Package: 月薪 ¥45K–55K, 13薪.")).toEqual(
      pay(45_000, 55_000, "CNY", "month"),
    );
    expect(base("Tokyo office. Salary: ¥11,000,000 a year.")).toEqual(
      pay(11_000_000, 11_000_000, "JPY", "year"),
    );
  });

  it("gives amounts in lakhs to the rupee, without binary fractions", () => {
    expect(base("Salary: NPR 2.2 lakh – 2.6 lakh per month, Kathmandu")).toEqual(
      pay(220_000, 260_000, "NPR", "month"),
    );
  });
});
