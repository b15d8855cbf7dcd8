/**
 * bearing's fixed vocabulary (taxonomy v1): values, kinds of next step (paths),
 * responsibilities, role archetypes and the facts a role analysis extracts.
 *
 * The ids are a public contract (`../shared/spec/taxonomy.md`): they may grow, never be
 * renamed or dropped. Sources of the ideas:
 * - D. Pink, *Drive* (2009): autonomy, mastery, purpose.
 * - O*NET Work Values (Achievement, Independence, Recognition, Relationships, Support,
 *   Working Conditions), O*NET 29.3 Database by the U.S. Department of Labor, Employment and
 *   Training Administration (USDOL/ETA), CC BY 4.0.
 * - W. Vogels, "The Different CTO Roles" (2007).
 * - M. Suster (2010) and F. Wilson (2011) on CTO vs VP Engineering.
 * - W. Larson, *Staff Engineer* (2021): Tech Lead, Architect, Solver, Right Hand.
 * - C. Majors, "The Engineer/Manager Pendulum" (2017).
 */

/** What a person seeks from work (taxonomy §1). */
export const VALUE_IDS = [
  "autonomy",
  "mastery",
  "purpose",
  "impact",
  "hands_on",
  "people_leadership",
  "strategy",
  "learning",
  "colleagues",
  "recognition",
  "compensation",
  "wellbeing",
  "variety",
  "business",
  "ownership",
  "support",
] as const;
export type ValueId = (typeof VALUE_IDS)[number];

/** One-line meanings, in our words, with the framework each value comes from. */
export const VALUES: Record<ValueId, { label: string; meaning: string; source: string }> = {
  autonomy: {
    label: "Autonomy",
    meaning: "Freedom over what, how and when you work; being your own boss.",
    source: "Pink (2009); O*NET Work Value Independence",
  },
  mastery: {
    label: "Mastery",
    meaning: "Getting better at a craft; technical depth and excellence.",
    source: "Pink (2009)",
  },
  purpose: {
    label: "Purpose",
    meaning: "Meaning; a mission or cause you believe in.",
    source: "Pink (2009)",
  },
  impact: {
    label: "Impact",
    meaning: "A large, visible difference to a product, company, industry or lives.",
    source: "O*NET Work Value Achievement",
  },
  hands_on: {
    label: "Hands-on work",
    meaning: "Building things yourself: code, systems, individual contribution.",
    source: "Majors (2017); Larson (2021)",
  },
  people_leadership: {
    label: "People leadership",
    meaning: "Managing, coaching and growing people and teams.",
    source: "Majors (2017); Suster (2010)",
  },
  strategy: {
    label: "Strategy",
    meaning: "Setting direction: vision, alignment, decision rights.",
    source: "Vogels (2007)",
  },
  learning: {
    label: "Learning",
    meaning: "New things, stretch challenges, personal growth.",
    source: "O*NET Work Value Achievement",
  },
  colleagues: {
    label: "Colleagues",
    meaning: "Strong or like-minded people to work with; team culture.",
    source: "O*NET Work Value Relationships",
  },
  recognition: {
    label: "Recognition",
    meaning: "Title, seniority, status, advancement.",
    source: "O*NET Work Value Recognition",
  },
  compensation: {
    label: "Compensation",
    meaning: "Pay, equity, financial security.",
    source: "O*NET Work Value Working Conditions",
  },
  wellbeing: {
    label: "Wellbeing",
    meaning: "Balance, family, health, sustainable pace, flexibility.",
    source: "O*NET Work Value Working Conditions",
  },
  variety: {
    label: "Variety",
    meaning: "Different problems, domains or companies; novelty.",
    source: "O*NET Work Value Working Conditions (variety)",
  },
  business: {
    label: "Business",
    meaning: "Customer-facing work and commercial outcomes.",
    source: "Vogels (2007), External Facing Technologist",
  },
  ownership: {
    label: "Ownership",
    meaning: "Founding or owning a venture of your own.",
    source: "Pink (2009), autonomy over one's work",
  },
  support: {
    label: "Support",
    meaning: "A supportive organisation: trust, transparency, good management.",
    source: "O*NET Work Value Support",
  },
};

/** Kinds of next step (taxonomy §2). */
export const PATH_IDS = [
  "ic",
  "manager",
  "executive",
  "founder",
  "independent",
  "open_source",
  "go_to_market",
  "teaching_writing",
  "break",
] as const;
export type PathId = (typeof PATH_IDS)[number];

export const PATHS: Record<PathId, { label: string; meaning: string }> = {
  ic: { label: "Individual contributor", meaning: "Engineer, staff, principal, architect." },
  manager: { label: "Manager", meaning: "Team lead, engineering manager, director." },
  executive: { label: "Executive", meaning: "CTO, VP, head of engineering, other C-level." },
  founder: { label: "Founder", meaning: "Start a company or pursue your own product ideas." },
  independent: {
    label: "Independent",
    meaning: "Consulting, contracting, freelancing, fractional or advisory work.",
  },
  open_source: { label: "Open source", meaning: "Work on or contribute to open source." },
  go_to_market: {
    label: "Go-to-market",
    meaning: "Pre-sales, solutions or sales engineering, customer success, devrel.",
  },
  teaching_writing: { label: "Teaching and writing", meaning: "Teaching, writing, education." },
  break: { label: "Break", meaning: "Sabbatical, time off, travel, no job for now." },
};

/** What a role really involves (taxonomy §3). */
export const RESPONSIBILITY_IDS = [
  "coding",
  "architecture",
  "tech_strategy",
  "people_management",
  "org_leadership",
  "hiring",
  "delivery",
  "operations",
  "security_compliance",
  "quality",
  "product",
  "customers",
  "business_leadership",
  "budget_vendors",
  "data_ai",
  "evangelism",
  "culture",
] as const;
export type ResponsibilityId = (typeof RESPONSIBILITY_IDS)[number];

export const RESPONSIBILITY_LABELS: Record<ResponsibilityId, string> = {
  coding: "Hands-on coding",
  architecture: "Architecture",
  tech_strategy: "Technology strategy",
  people_management: "People management",
  org_leadership: "Organisation leadership",
  hiring: "Hiring",
  delivery: "Delivery",
  operations: "Operations",
  security_compliance: "Security and compliance",
  quality: "Quality",
  product: "Product",
  customers: "Customers",
  business_leadership: "Business leadership",
  budget_vendors: "Budget and vendors",
  data_ai: "Data and AI",
  evangelism: "Evangelism",
  culture: "Culture",
};

/** What a role is, whatever its title (taxonomy §4). */
export const ARCHETYPE_IDS = [
  "cto_architect",
  "cto_operator",
  "cto_external",
  "vp_engineering",
  "director",
  "engineering_manager",
  "staff_ic",
  "solutions",
  "fractional",
  "founder",
] as const;
export type ArchetypeId = (typeof ARCHETYPE_IDS)[number];

export const ARCHETYPE_LABELS: Record<ArchetypeId, string> = {
  cto_architect: "Strategic CTO",
  cto_operator: "Operating CTO",
  cto_external: "External-facing CTO",
  vp_engineering: "VP of Engineering",
  director: "Director",
  engineering_manager: "Engineering manager",
  staff_ic: "Staff+ individual contributor",
  solutions: "Solutions engineering",
  fractional: "Fractional or consulting",
  founder: "Co-founder",
};

/** Facts a role analysis extracts (taxonomy §5). */
export const REPORTS_TO_IDS = [
  "ceo",
  "founders",
  "cto",
  "vp",
  "director",
  "other_exec",
  "board",
] as const;
export type ReportsTo = (typeof REPORTS_TO_IDS)[number];

export const HANDS_ON_LEVELS = ["required", "some", "none"] as const;
export type HandsOn = (typeof HANDS_ON_LEVELS)[number];

export const WORK_MODES = ["remote", "hybrid", "onsite"] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const STAGES = ["early", "growth", "enterprise"] as const;
export type Stage = (typeof STAGES)[number];

export const PAY_PERIODS = ["year", "month", "day", "hour"] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Base pay as stated. `currency` is an ISO 4217 code. */
export interface Compensation {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
}

export interface TeamSize {
  min: number;
  max: number;
}

/** The facts of a role (taxonomy §5, field names of contracts.md); `null` = not stated. */
export interface RoleFacts {
  reportsTo: ReportsTo | null;
  teamSize: TeamSize | null;
  handsOn: HandsOn | null;
  compensation: Compensation | null;
  workMode: WorkMode | null;
  stage: Stage | null;
}
