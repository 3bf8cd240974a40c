/**
 * Leicestershire's eight children's homes as the 4 March 2025 update lists them (paras 15–17), with
 * £6.180m of capital of which £1.991m came from the DfE (para 19) and forecast benefits of £2.250m
 * across the MTFS (para 20).
 *
 * The report gives no split by home and no costs per home, so most inputs here are assumptions, each
 * saying where its number comes from. The capital adds up to the stated £6.180m total; the council's
 * own share then follows as £4.189m, against the £4.188m stated (the report's parts sum to £6.179m).
 */
import type { Preset, Provenance, Source, StatedFigure } from './preset.ts';
import { SCENARIO_VERSION, type Placements, type Scenario, type Scheme } from '../scenario.ts';
import { LEICS_2021, LEICS_2025, assume, cite } from './reports.ts';

const R = LEICS_2025;

const HOMES = 8;
const TOTAL_CAPITAL = 6_180_000;
const DFE_FUNDING = 1_991_000;
const CAPITAL_PER_HOME = TOTAL_CAPITAL / HOMES;
const DFE_PER_HOME = DFE_FUNDING / HOMES;
const EXTERNAL_FEE = 6_000;
const IN_HOUSE_COST = 5_477;
const AVOIDED_TRAVEL = 52_000;

/** Month indices from April 2023 (the start of 2023/24, when Welland House opened). */
const JANUARY_2024 = 9;
const MARCH_2025 = 23;
const APRIL_2025 = 24;
const JULY_2025 = 27;
/** The first financial year with all eight homes open: 2026/27. */
const APRIL_2026 = 36;

const FLAT = assume('Flat: no report gives an uplift for these costs.');

/** Most of the eight homes share one assumed placement model: the report costs none of them. */
const CHILDRENS_HOME: Placements = {
  beds: 3,
  occupancy: 0.75,
  inHouseWeeklyCost: IN_HOUSE_COST,
  externalWeeklyFee: EXTERNAL_FEE,
  costBasis: 'perOccupiedBed',
};

function home(id: string, name: string, openingMonth: number, placements: Placements | null): Scheme {
  return {
    id,
    name,
    kind: 'home',
    enabled: true,
    capital: [{ label: 'Share of the £6.180m capital (assumed equal)', amount: CAPITAL_PER_HOME, month: 0, spreadMonths: 1 }],
    funding: [{ label: 'Share of the £1.991m DfE funding (assumed equal)', amount: DFE_PER_HOME, month: 0 }],
    capitalInflation: 0,
    residualValue: 0,
    assetAppreciation: 0,
    openingMonth,
    placements,
    block: null,
    otherSavings: [{ label: 'Avoided social worker time and travel (assumed)', annual: AVOIDED_TRAVEL }],
    feeInflation: 0,
    costInflation: 0,
  };
}

/** Provenance every home shares, under its scheme id. */
function homeProvenance(id: string): Provenance {
  return {
    [`${id}.capital.0.amount`]: assume('£6.180m for the eight homes (para 19), not split by home: an equal eighth, £772,500.'),
    [`${id}.capital.0.month`]: assume('When it was spent is not given (phases ran from 2019); counted at the start.'),
    [`${id}.capital.0.spreadMonths`]: assume('Counted at once.'),
    [`${id}.funding.0.amount`]: assume('£1.991m from the DfE (para 19), not split by home: an equal eighth, £248,875.'),
    [`${id}.funding.0.month`]: assume('Received with the capital it matched.'),
    [`${id}.capitalInflation`]: assume('The £6.180m is the reported total; no uplift.'),
    [`${id}.residualValue`]: assume("No value given for the homes: 0, so net payback equals gross; the homes are the council's."),
    [`${id}.assetAppreciation`]: assume('No resale value to appreciate.'),
    [`${id}.otherSavings.0.annual`]: assume(
      'Not given for 2025; the 2021 evaluation counted £52k a year per home for social worker travel and time (9 March 2021, para 14b).',
    ),
    [`${id}.feeInflation`]: FLAT,
    [`${id}.costInflation`]: FLAT,
  };
}

/** Provenance of the shared placement model, under a scheme id. */
function childrensHomeProvenance(id: string): Provenance {
  return {
    [`${id}.placements.beds`]: assume('Not given; three places, like each home in the 2021 model (9 March 2021, Appendix 1).'),
    [`${id}.placements.occupancy`]: assume('Not given; 75 %, as the council assumed for Property 2 in 2021.'),
    [`${id}.placements.inHouseWeeklyCost`]: assume(
      'Not given for 2025: the latest published in-house cost of a regulated home, £5,477 a week at 2020 prices (3 March 2020, para 25).',
    ),
    [`${id}.placements.externalWeeklyFee`]: cite(R, '8', 'now exceeds £6k per week'),
    [`${id}.placements.costBasis`]: assume("Saving counted per child placed, as the council's 2021 evaluation did."),
  };
}

const welland: Scheme = {
  ...home('welland', 'Welland House — parent and baby assessment (costed as 2021 Property 3)', JANUARY_2024, null),
  block: { inHouseAnnualCost: 296_000, doNothingAnnualCost: 480_000 },
  otherSavings: [{ label: 'Social worker and IRO time and travel (2021 estimate)', annual: 63_000 }],
};

const wellandProvenance: Provenance = {
  ...homeProvenance('welland'),
  'welland.openingMonth': cite(R, '15', 'opened in January 2024'),
  // Welland House is taken to be the Family Residential Centre the 2021 report costed as Property 3:
  // the same purpose (parenting assessment) and three parent-and-child places.
  'welland.block.inHouseAnnualCost': cite(LEICS_2021, '14c', 'The service and running costs are estimated at £296k per annum'),
  'welland.block.doNothingAnnualCost': cite(
    LEICS_2021,
    '14c',
    'the alternative cost of commissioning the equivalent service, which is £480k',
  ),
  'welland.otherSavings.0.annual': cite(LEICS_2021, '14c', 'The estimated savings for staff and expense savings is another £63k per annum'),
};

const OPEN_NOW = assume(
  'Para 15: "There are now four homes open" (4 March 2025), no dates given; taken as March 2025, the latest it can be.',
);
const BY_APRIL_2025 = cite(R, '17', 'on track to be open by April 2025');

const others: { scheme: Scheme; opening: Source }[] = [
  {
    scheme: home('old-post-office', 'The Old Post Office — emotional, behavioural and developmental needs', MARCH_2025, CHILDRENS_HOME),
    opening: OPEN_NOW,
  },
  {
    scheme: home('marjorie', 'Marjorie House — emotional, behavioural and developmental needs', MARCH_2025, CHILDRENS_HOME),
    opening: OPEN_NOW,
  },
  { scheme: home('jarvis', 'Jarvis House — emergency and assessment', MARCH_2025, CHILDRENS_HOME), opening: OPEN_NOW },
  {
    scheme: home('gwendolyne', 'Gwendolyne House — emotional, behavioural and developmental needs', APRIL_2025, CHILDRENS_HOME),
    opening: BY_APRIL_2025,
  },
  { scheme: home('hopes-place', "Hope's Place — contextual safeguarding", APRIL_2025, CHILDRENS_HOME), opening: BY_APRIL_2025 },
  { scheme: home('elmslie', 'Elmslie House — overnight short breaks', APRIL_2025, CHILDRENS_HOME), opening: BY_APRIL_2025 },
  { scheme: home('ivan', 'Ivan House — new build', JULY_2025, CHILDRENS_HOME), opening: cite(R, '17', 'The home will open in July 2025') },
];

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: "Leicestershire's eight children's homes (Scrutiny, 4 March 2025)",
  startMonth: '2023-04',
  horizonYears: 10,
  discountRate: 0.035,
  generalInflation: 0,
  perspective: 'council',
  schemes: [welland, ...others.map((o) => o.scheme)],
};

const provenance: Provenance = {
  startMonth: assume('2023/24, the financial year in which the first home, Welland House, opened (January 2024).'),
  horizonYears: assume('Ten years, as for the 2021 evaluation of the same programme.'),
  discountRate: assume('HM Treasury Green Book real discount rate, 3.5 %; the report does not discount.'),
  generalInflation: assume('The report gives no inflation rate.'),
  perspective: assume("Council view: the DfE's £1.991m comes in from outside the council."),
  ...wellandProvenance,
  ...Object.fromEntries(
    others.flatMap(({ scheme, opening }) => [
      ...Object.entries(homeProvenance(scheme.id)),
      ...Object.entries(childrensHomeProvenance(scheme.id)),
      [`${scheme.id}.openingMonth`, opening],
    ]),
  ),
};

// The report gives £m to three decimals: ± £500.
const HALF_THOUSAND = 500;
const PARA_19 = 'The total capital investment for the eight homes is £6.180m';

const stated: StatedFigure[] = [
  {
    scope: 'portfolio',
    figure: 'totalInvestment',
    stated: TOTAL_CAPITAL,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: PARA_19,
    source: cite(R, '19', PARA_19),
  },
  {
    scope: 'portfolio',
    figure: 'externalFunding',
    stated: DFE_FUNDING,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: '£1.991m from the Department for Education',
    source: cite(R, '19', '£1.991m from the Department for Education'),
  },
  {
    scope: 'portfolio',
    figure: 'councilInvestment',
    stated: 4_188_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: '£4.188m of which is investment from The Council',
    source: cite(R, '19', '£4.188m of which is investment from The Council'),
  },
  {
    // Read as the yearly benefit reached within the MTFS, set against the first full year of all eight homes.
    scope: 'portfolio',
    figure: 'annualSaving',
    fromMonth: APRIL_2026,
    stated: 2_250_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: 'The forecast benefits from the homes total £2.250m across the MTFs',
    source: cite(R, '20', 'The forecast benefits from the homes total £2.250m across the MTFs'),
  },
];

export const leics2025: Preset = {
  id: 'leics-2025',
  title: "Leicestershire's eight children's homes, March 2025",
  report: R,
  summary:
    'The eight homes of the March 2025 update, opening as the report says: Welland House in January 2024, ' +
    "three more open by the report's date (taken as March 2025), three due by April 2025 and Ivan House in " +
    "July 2025. The £6.180m capital and £1.991m of DfE funding are the report's, split equally by home because " +
    "it gives no split; the council's own share then comes to £4.189m against the £4.188m stated, since the " +
    "report's parts add to £6.179m. The report costs no home: Welland House uses the 2021 costing of the " +
    'parent-and-child home (Property 3), the other seven an assumed three places at 75 % occupancy, the 2020 ' +
    "in-house cost of £5,477 a week against today's external fee of over £6k (para 8), plus £52k a year of " +
    'avoided social worker travel — the short-breaks home is modelled the same way for want of figures. The ' +
    '£2.250m of forecast benefits "across the MTFs" is compared with the yearly saving once all eight are ' +
    'open (2026/27); if it is instead a sum over the MTFS years (the report does not say how many; four would make it about £0.56m a year), it will not match.',
  scenario,
  provenance,
  stated,
};
