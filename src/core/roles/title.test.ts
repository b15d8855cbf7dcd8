import { describe, expect, it } from "vitest";
import { prepareText } from "./text.js";
import { extractTitle, isProseLine, isRankedIndividualTitle, nominalArchetype } from "./title.js";

// Titles of our own writing; what each should name follows taxonomy section 4 and the
// guidance in data/README.md ("Nominal archetype is what the title alone says").
describe("nominalArchetype", () => {
  it("reads founding and co-founding CTOs as founders, a founding engineer as a staff IC", () => {
    expect(nominalArchetype("Founding CTO")).toBe("founder");
    expect(nominalArchetype("Co-founding CTO")).toBe("founder");
    expect(nominalArchetype("Cofounding Chief Technology Officer")).toBe("founder");
    expect(nominalArchetype("Technical Co-founder")).toBe("founder");
    expect(nominalArchetype("Founding Engineer")).toBe("staff_ic");
    expect(nominalArchetype("Founding Engineer (Backend)")).toBe("staff_ic");
  });

  it("reads managers of professional or technical services as solutions", () => {
    expect(nominalArchetype("Manager, Professional Services")).toBe("solutions");
    expect(nominalArchetype("Technical Services Manager")).toBe("solutions");
    expect(nominalArchetype("Director of Solutions Engineering")).toBe("solutions");
  });

  it("reads program, project and product managers as individual contributors", () => {
    expect(nominalArchetype("Senior Technical Program Manager")).toBe("staff_ic");
    expect(nominalArchetype("Project Manager, Infrastructure")).toBe("staff_ic");
    expect(nominalArchetype("Product Manager")).toBe("staff_ic");
  });

  it("reads an engineering lead as a manager, a lead engineer as an individual contributor", () => {
    expect(nominalArchetype("Engineering Lead (hands-on)")).toBe("engineering_manager");
    expect(nominalArchetype("Lead Backend Engineer")).toBe("staff_ic");
  });

  it("reads team, squad and chapter leads and supervisors as managers, a tribe lead as a director", () => {
    expect(nominalArchetype("Software Team Leader")).toBe("engineering_manager");
    expect(nominalArchetype("Squad Lead, Payments")).toBe("engineering_manager");
    expect(nominalArchetype("Backend Chapter Lead")).toBe("engineering_manager");
    expect(nominalArchetype("Engineering Supervisor")).toBe("engineering_manager");
    expect(nominalArchetype("Teamleiter Softwareentwicklung")).toBe("engineering_manager");
    expect(nominalArchetype("Tribe Lead, Mobile")).toBe("director");
  });

  it("keeps the ladder's rungs", () => {
    expect(nominalArchetype("Engineering Manager, Payments")).toBe("engineering_manager");
    expect(nominalArchetype("Manager, Software Engineering")).toBe("engineering_manager");
    expect(nominalArchetype("Director of Engineering")).toBe("director");
    expect(nominalArchetype("Head of Engineering")).toBe("vp_engineering");
    // A head of one function of engineering heads part of it, as a director does (the
    // labellers of sets 33-35 read "Head of Platform (Engineering)" so, five of five).
    expect(nominalArchetype("Head of Platform Engineering (m/w/d)")).toBe("director");
    expect(nominalArchetype("Head of Platform")).toBe("director");
    expect(nominalArchetype("VP of Engineering")).toBe("vp_engineering");
    expect(nominalArchetype("Staff Software Engineer")).toBe("staff_ic");
    expect(nominalArchetype("Chief Technology Officer")).toBe("cto_architect");
    expect(nominalArchetype("Fractional CTO")).toBe("fractional");
    expect(nominalArchetype("Office Coordinator")).toBeNull();
  });
});

describe("extractTitle", () => {
  const title = (text: string) => extractTitle(prepareText(text));
  const long = (start: string) =>
    `${start} our payments platform, working with product and design across three time zones, and hiring as we grow this year.`;

  it("takes the role from a Position or Role field, and from the fields of a 'who is hiring' line", () => {
    expect(
      title("Job Description:\nPosition: Software Development Manager II\nLocation: Atlanta"),
    ).toBe("Software Development Manager II");
    expect(
      title("Acme Robotics | Founding Engineer | Remote (US) | $150k-$190k\n\nWe build robots."),
    ).toBe("Founding Engineer");
    // A post that is one line, its header fields and then its prose: the field naming the role.
    expect(
      title(
        "Brightkiln (YC S25) | Founding Engineer | Austin, in person | $150k + equity | We're five people. You'll write most of our backend and ship every week.",
      ),
    ).toBe("Founding Engineer");
    expect(
      title(
        "Tallyreef | Head of Engineering | Remote (EU) | Series B | we sell payroll APIs; you'd lead three teams through their leads and hire to thirty.",
      ),
    ).toBe("Head of Engineering");
    // A row of fields none of which names a role stays as it is; a Role field in prose is no title.
    expect(title("Acme | Berlin | Remote\n\nWe build robots.")).toBe("Acme | Berlin | Remote");
    expect(
      title(
        "Role: you will lead our payments team and hire two engineers this spring, working with product.\n",
      ),
    ).toBe("");
  });

  it("takes the role a long first line of prose names at its start (a posting pasted without its heading)", () => {
    expect(title(long("Head of Engineering at a 40-person fintech: you will lead"))).toBe(
      "Head of Engineering",
    );
    expect(title(long("We're hiring a Staff Engineer to own"))).toBe("Staff Engineer");
    expect(title(long("VP Engineering, Payments. Lead four managers and"))).toBe("VP Engineering");
  });

  it("reads a first sentence of more than twelve words as prose, however short the line", () => {
    expect(
      title("We are hiring a Head of Engineering to lead our platform group and grow it."),
    ).toBe("Head of Engineering");
    expect(
      isProseLine("Head of Engineering (VP / Director) - Digital Assets Trading Platform"),
    ).toBe(false);
  });

  it("takes the role a prose line says is sought, after a generic heading, wherever it says it", () => {
    expect(
      title(
        "About the job\n\nHello! I'm recruiting on behalf of a funded health-tech company for a VP of Engineering.\n\nThe VP will run the engineering org.",
      ),
    ).toBe("VP of Engineering");
    // A sought thing that names no role is passed over for the next one.
    expect(title(long("We're looking for a calm person for the Engineering Manager role of"))).toBe(
      "Engineering Manager",
    );
  });

  it("takes no title from a long first line that names no role it knows", () => {
    expect(title(long("Our company builds tools for bakers and we are growing; join"))).toBe("");
  });

  it("keeps a short first line whole, and a Title: line first", () => {
    expect(title("Senior Engineering Manager, Billing\n\nWe build billing.")).toBe(
      "Senior Engineering Manager, Billing",
    );
    expect(
      title(`${long("Head of Engineering at a bakery:")}\nTitle: Director of Engineering`),
    ).toBe("Director of Engineering");
  });
  it("drops a title's emoji, which name no role", () => {
    expect(title("Head of Engineering 🚀\n\nWe build clinics' software.")).toBe(
      "Head of Engineering",
    );
    expect(title("🔥 Staff Engineer ❤️ Payments\n\nText.")).toBe("Staff Engineer Payments");
    expect(title("Title: CTO ✨\n\nText.")).toBe("CTO");
  });
});

describe("isRankedIndividualTitle", () => {
  it("reads a bank's rank before an engineer's role as a grade", () => {
    expect(isRankedIndividualTitle("Vice President, Senior Java Developer (Treasury)")).toBe(true);
    expect(isRankedIndividualTitle("AVP - Data Engineer")).toBe(true);
    expect(isRankedIndividualTitle("Executive Director | Site Reliability Engineer")).toBe(true);
  });

  it("not a function led, a manager, or a plain VP title", () => {
    expect(isRankedIndividualTitle("Vice President, Platform Engineering")).toBe(false);
    expect(isRankedIndividualTitle("VP, Software Engineering Manager")).toBe(false);
    expect(isRankedIndividualTitle("VP of Engineering")).toBe(false);
    expect(isRankedIndividualTitle("Director, Engineering")).toBe(false);
  });
});

describe("extractTitle: a search firm's generic first line", () => {
  it("skips 'POSITION SPECIFICATION' for the role on the next line", () => {
    expect(
      extractTitle(
        prepareText("POSITION SPECIFICATION\n\nVice President of Engineering\n\nAbout the client"),
      ),
    ).toBe("Vice President of Engineering");
  });
});

describe("extractTitle: a company on the first line, the role on the next", () => {
  it("takes the role named on the second line when the first names none", () => {
    expect(
      extractTitle(prepareText("Kalpana Foods Limited\nHead of Engineering\n\nVacancy\n02")),
    ).toBe("Head of Engineering");
    expect(
      extractTitle(prepareText("Staff Engineer, Payments\nKalpana Foods Limited\n\nWe build...")),
    ).toBe("Staff Engineer, Payments");
    expect(
      extractTitle(
        prepareText("Kalpana Foods Limited\nWe deliver groceries in Dhaka and are hiring."),
      ),
    ).toBe("Kalpana Foods Limited");
  });

  it("looks past a field or two for the role, and stops at the first line that is neither", () => {
    expect(
      extractTitle(
        prepareText(
          "Lusaka Mobile – Careers\nVacancy reference: LM/ICT/2026/07\n\nLead Engineer – Payments\n\nLocation: Lusaka",
        ),
      ),
    ).toBe("Lead Engineer – Payments");
    expect(
      extractTitle(
        prepareText("Lusaka Mobile – Careers\nOur story\nLead Engineer – Payments\n\nWe build..."),
      ),
    ).toBe("Lusaka Mobile – Careers");
  });
});

describe("nominalArchetype: titles in Spanish, Portuguese, French and German", () => {
  it("reads the role a local title names", () => {
    expect(nominalArchetype("Gerente de Ingeniería")).toBe("engineering_manager");
    expect(nominalArchetype("Director de Tecnología")).toBe("cto_architect");
    expect(nominalArchetype("Director de Ingeniería")).toBe("director");
    expect(nominalArchetype("Head de Engenharia")).toBe("vp_engineering");
    expect(nominalArchetype("Engenheiro de Software Sênior")).toBe("staff_ic");
    expect(nominalArchetype("Líder Técnico Backend")).toBe("staff_ic");
    expect(nominalArchetype("Directeur technique")).toBe("cto_architect");
    expect(nominalArchetype("Jefe de equipo de desarrollo")).toBe("engineering_manager");
  });
});

describe("extractTitle: messages that open with a greeting, and notices (session 34)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("reads the role the message seeks after a greeting", () => {
    expect(
      titleOf(
        "Hi Ana,\n\nHope you're well. I'm recruiting for a Principal Architect role with a listed software group in Leeds, and your background fits.\n\nThe role: ...",
      ),
    ).toBe("Principal Architect");
    expect(
      titleOf(
        "Hi Karen,\n\nI'm working with a Series A insurtech in Taipei and they're hiring a \"VP of Engineering\". Your time leading a claims team fits well.",
      ),
    ).toBe("VP of Engineering");
    expect(
      titleOf(
        "I'm hiring! 🙌\n\nI'm looking for a Senior Engineering Manager to join my leadership team in Perth.",
      ),
    ).toBe("Senior Engineering Manager");
    expect(
      titleOf(
        "Big news + we're hiring 🚀\n\nWe closed our seed round. Now I'm looking for our CTO.",
      ),
    ).toBe("CTO");
    expect(
      titleOf(
        "Hi Marta, hope you don't mind the message.\n\nI'm running a VP of Engineering search for a Series B logistics company in Porto.",
      ),
    ).toBe("VP of Engineering");
  });

  it("reads a greeting followed by no role as no title", () => {
    expect(titleOf("Hi Jonas,\n\nHope all is well with you and the family.")).toBe("");
  });

  it("reads the 'Position:' field under a notice's heading", () => {
    expect(
      titleOf(
        "NOTICE OF VACANCY – PUBLIC SERVICE POSITION\n\nInstitution: National Land Registry\nPosition: Technology Manager\nPlace of work: Quito",
      ),
    ).toBe("Technology Manager");
  });

  it("reads a French 'Lead Technique' as an individual contributor's title", () => {
    expect(nominalArchetype("Lead Technique – Plateforme Paiements (H/F)")).toBe("staff_ic");
  });
});

describe("extractTitle: a title line after a greeting (session 34)", () => {
  it("reads the title on the line after the greeting", () => {
    expect(extractTitle(prepareText("Hi Jonas,\n\nSenior Backend Engineer\n\nWe build ..."))).toBe(
      "Senior Backend Engineer",
    );
  });
});

describe("extractTitle: greetings of other languages, and the role sought a few lines on (session 35)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("reads the role after a greeting in French, Romanian, Vietnamese or Swahili", () => {
    expect(
      titleOf(
        "Bonjour Amélie,\n\nJe suis recruteuse chez un éditeur lyonnais. We're hiring a Head of Data Engineering for our Lyon office.",
      ),
    ).toBe("Head of Data Engineering");
    expect(
      titleOf(
        "Salut Mihai!\n\nWe are looking for an Engineering Manager to lead our payments team.",
      ),
    ).toBe("Engineering Manager");
    expect(titleOf("Chào chị Lan,\n\nEngineering Manager\n\nOur team builds ...")).toBe(
      "Engineering Manager",
    );
    expect(titleOf("Habari Juma!\n\nWe're hiring a Staff Engineer for our Nairobi team.")).toBe(
      "Staff Engineer",
    );
  });

  it("reads the role sought on the second or third line of prose after the greeting", () => {
    expect(
      titleOf(
        "Hi Ola,\n\nhope the new year started well, and apologies for writing out of the blue!\n\nA listed retailer in Oslo asked me to find a Principal Architect for their commerce platform.",
      ),
    ).toBe("Principal Architect");
  });

  it("reads a greeting set off by a dash, and a role field among a brief's fields (session 36)", () => {
    expect(
      titleOf(
        "Hi Sofía — I found your profile through a meetup and wanted to write directly.\n\nWe're three people building farm software.\n\nWe're looking for a CTO. You'd write most of the code.",
      ),
    ).toBe("CTO");
    expect(
      titleOf(
        "Hi Dan, hope you're well.\n\nI've got an interim brief that could suit you.\n\nRole: Interim Head of Engineering\nLength: 6 months",
      ),
    ).toBe("Interim Head of Engineering");
  });

  it("reads the role a founder says they have in mind (session 36)", () => {
    expect(
      titleOf(
        "Hello Marta,\n\nI read your note on helping young teams with their first architecture.\n\nWe're a small clinic-software company in Brno.\n\nWhat we have in mind is an interim CTO, two days a week until the summer.",
      ),
    ).toBe("interim CTO");
  });

  it("reads a greeting that asks how the reader is, and a role sought in Portuguese, Spanish or French", () => {
    expect(
      titleOf(
        "Oi, Tiago! Tudo bem?\n\nSou a Joana, recruiter at a seed-stage startup in Recife.\n\nEstamos contratando um(a) Head de Engenharia. The team is three developers.",
      ),
    ).toBe("Head de Engenharia");
    expect(
      titleOf("Hola Marta, ¿cómo estás?\n\nBuscamos un CTO para nuestra startup de logística."),
    ).toBe("CTO");
    expect(
      titleOf(
        "Bonjour Luc,\n\nNous recherchons un Directeur Technique pour notre scale-up lyonnaise.",
      ),
    ).toBe("Directeur Technique");
  });

  it("prefers the role sought to the writer's own role", () => {
    expect(
      titleOf(
        "Hi Duc,\n\nI'm a co-founder of Cá Vàng (fish-sauce exports, Da Nang). We're growing and I'm looking for a staff engineer to own our ordering system.",
      ),
    ).toBe("staff engineer");
  });

  it("reads a role named in quotes after a greeting that opens a line of prose", () => {
    expect(
      titleOf(
        'Hi Farah, I run hiring for engineering at a Jakarta payments company (Series C, about 600 people) and wanted to reach you.\n\nThe role is one we\'re calling "Principal Engineer, Data". It owns the whole data platform group.',
      ),
    ).toBe("Principal Engineer, Data");
  });
});

describe("nominalArchetype: a pre-sales title is a go-to-market one (session 35)", () => {
  it("reads 'Pre-Sales Solutions Manager' as solutions", () => {
    expect(nominalArchetype("Pre-Sales Solutions Manager – Benelux")).toBe("solutions");
    expect(nominalArchetype("Presales Lead, Public Sector")).toBe("solutions");
  });
});

describe("extractTitle: more greetings, 'join as', a role named in the greeting's line (session 35)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("reads the role after a Serbian or Lithuanian greeting, and up to 'and your ...'", () => {
    expect(
      titleOf(
        "Zdravo Milan,\n\nI'm recruiting for a Belgrade insurer. They're hiring a Staff Engineer and your Kotlin work caught my eye.",
      ),
    ).toBe("Staff Engineer");
    expect(titleOf("Sveiki, Rūta!\n\nWe want you to join us as CTO, leading a team of six.")).toBe(
      "CTO",
    );
  });

  it("reads the role the greeting's own line seeks", () => {
    expect(titleOf("Bok svima 👋 We're looking for a fractional CTO.\n\nI'm Iva, CEO of ...")).toBe(
      "fractional CTO",
    );
  });
});

describe("extractTitle: an email's subject, 'the position is', 'who want a' (session 37)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("reads the role among a subject line's parts", () => {
    expect(titleOf("Subject: Interim CTO – 9 months – Bristol – £1,100/day\n\nHi Sam,")).toBe(
      "Interim CTO",
    );
    expect(titleOf("Subject: Confidential – Head of Engineering – Vilnius\n\nDear Eglė,")).toBe(
      "Head of Engineering",
    );
    expect(titleOf("Subject: Director of Engineering opportunity – Quito\n\nHola Ana,")).toBe(
      "Director of Engineering",
    );
    expect(
      titleOf("Subject: CTO role at a ten-person agritech in Nakuru, worth a chat?\n\nHi Wanjiru,"),
    ).toBe("CTO");
    // No part names a role: the subject as it stands.
    expect(titleOf("Re: our call on Tuesday\n\nHi Tom,")).toBe("our call on Tuesday");
  });

  it("reads the role a recruiter's prose names as the position, or as the one a client wants", () => {
    expect(
      titleOf(
        "Hello Layla,\n\nI'm leading a search for a port authority. The position is Vice President – Platforms, reporting to the Deputy CEO.",
      ),
    ).toBe("Vice President");
    expect(
      titleOf(
        "Hi Ola – hope this is a good time.\n\nI'm working with a Leeds insurtech (Series A) who want a VP Engineering, two days a week.",
      ),
    ).toBe("VP Engineering");
    expect(
      titleOf(
        "Hi Rui,\n\nI'm reaching out about an Engineering Manager opening in our billing area.",
      ),
    ).toBe("Engineering Manager");
  });
});

describe("extractTitle: a subject's part that names the role itself (session 37, set 30)", () => {
  it("reads the role a founder's message says is missing", () => {
    expect(
      extractTitle(
        prepareText(
          "Hi Rami — we met at the demo day.\n\nMy co-founder and I are building a courier app. What we don't have is a technical co-founder, and I'd love to talk.",
        ),
      ),
    ).toBe("technical co-founder");
  });

  it("prefers the part with a role's noun to one naming the engagement alone", () => {
    expect(
      extractTitle(
        prepareText(
          "Subject: Interim engagement — Head of Technology, Doha retail group (6 months)\n\nDear Omar,",
        ),
      ),
    ).toBe("Head of Technology, Doha retail group (6 months)");
  });
});

describe("extractTitle past what a posting is copied with (session 38)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("skips a message's sender line for the role the message seeks", () => {
    expect(
      titleOf(
        "LinkedIn message from Ana Ruiz, Co-founder & CEO at Pantry\n\nHola Marco!\n\nI'm Ana, co-founder of Pantry, and we're looking for a CTO.",
      ),
    ).toBe("CTO");
    expect(
      titleOf("From: Ana Ruiz <ana@pantry.example>\nSubject: Staff Engineer – Lima\n\nHi,"),
    ).toBe("Staff Engineer");
  });

  it("skips a job board's navigation and a breadcrumb's separators", () => {
    expect(
      titleOf(
        "Skip to main content\nHome\nJobs\nSign in\n\nEngineering Manager\nAcme Freight\nRemote",
      ),
    ).toBe("Engineering Manager");
    expect(titleOf("Careers\n/\nEngineering\n/\nStaff Platform Engineer\n\nLisbon")).toBe(
      "Staff Platform Engineer",
    );
    // A board in another language: its skip link and sign-in.
    expect(
      titleOf("Přeskočit na obsah\nPřihlásit se\n\nVedoucí vývoje / Head of Engineering\nOlomouc"),
    ).toBe("Vedoucí vývoje / Head of Engineering");
    // Terms of reference: the organisation's name and the document's, then the position.
    expect(
      titleOf(
        "NDOVU FARM SERVICES LTD\nTERMS OF REFERENCE\n\nPOSITION: HEAD OF TECHNOLOGY\nLOCATION: KISUMU",
      ),
    ).toBe("HEAD OF TECHNOLOGY");
    // A board's name, its menu row (items two spaces apart), a cookie line and a breadcrumb
    // that names no role, then the role (session 39, set 36).
    expect(
      titleOf(
        "Vagaboard\nVagas  Empresas  Salários  |  Entrar\n\nUsamos cookies para melhorar a experiência.\n\nInício / Vagas / Porto / Tecnologia\n\nEngineering Manager – Pagamentos\nLisboa",
      ),
    ).toBe("Engineering Manager – Pagamentos");
    expect(
      titleOf(
        "JobHarbor\n\nHome > Jobs > Information Technology > Software\n\nVP of Engineering\nTaguig",
      ),
    ).toBe("VP of Engineering");
    expect(titleOf("Zum Inhalt springen\n\nEngineering Manager (m/w/d)\nLeipzig")).toBe(
      "Engineering Manager (m/w/d)",
    );
  });
});

describe("extractTitle past a page's furniture and a social post's author lines (session 38)", () => {
  const titleOf = (text: string) => extractTitle(prepareText(text));

  it("skips a cookie banner, a menu row and a link back", () => {
    expect(
      titleOf(
        "We use cookies to give you the best experience. Accept all | Settings\nJobs   Companies   Salaries   Sign in\n< Back to search results\n\nCTO (m/f/d)\nHausfix GmbH\nGraz",
      ),
    ).toBe("CTO (m/f/d)");
  });

  it("takes the role a breadcrumb ends in", () => {
    expect(
      titleOf("Home  >  Jobs  >  Technology  >  Head of Engineering\n\nHead of Engineering"),
    ).toBe("Head of Engineering");
  });

  it("reads a social post's role after its author's name, headline and age", () => {
    expect(
      titleOf(
        "Dana Mwangi\nFounder @ Shamba Ops | ex-Twiga\n1w\n\nI'm looking for a Founding Engineer. Here is what that means at our company.",
      ),
    ).toBe("Founding Engineer");
    // A job board's role first, its posting's age after it: the role stands.
    expect(titleOf("Staff Engineer, Search\nAcme · Lisbon\n2 weeks ago · 40 applicants")).toBe(
      "Staff Engineer, Search",
    );
  });
});
