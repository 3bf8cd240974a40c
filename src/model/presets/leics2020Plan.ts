/**
 * Leicestershire's Children's Social Care Investment Plan (Scrutiny, 3 March 2020, paras 10–34):
 * the ART, a Hub with three assessment beds and three multi-functional properties for up to two
 * young people each, within up to £2.5m of capital for the four properties.
 *
 * The plan gives in-house costs but no external fees to set them against. The fees here are the
 * council's own figures for the same cohorts a year later (9 March 2021, para 14b), not the 2017/18
 * average of about £2,960 a week (6 July 2018, para 20: £9.7m for 63 children): these homes are for
 * "the most complex and vulnerable" children (para 1), whose placements cost well above the average.
 */
import type { Preset, Provenance, Source, StatedFigure } from './preset.ts';
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../scenario.ts';
import { LEICS_2020, LEICS_2021, assume, cite } from './reports.ts';

const R = LEICS_2020;

/** Phase 2 runs "January 2021 – January 2022" from an April 2020 start. */
const PHASE_2_START = 9;
const PHASE_2_END = 21;
const PROPERTY_CAPITAL = 625_000;
const OCCUPANCY = 0.75;

const PHASE_2_WINDOW = 'Phase 2: implementation January 2021 – January 2022';
const FLAT = assume("Flat: the plan gives one year's costs at 2020 prices and no uplift.");
const FEE_16_PLUS = cite(LEICS_2021, '14b', 'averaging £5,117 per week per person for the current cohort');
const FEE_UNDER_16 = cite(LEICS_2021, '14b', '£5,985 per week per person for those children about to turn 16 next year');

/** The provenance every property of phase 2 shares, under its scheme id. */
function propertyProvenance(id: string, heading: string): Provenance {
  return {
    [`${id}.capital.0.amount`]: assume('Para 31 gives "up to £2.5m" for four properties, not a split: an equal quarter, £625k, each.'),
    [`${id}.capital.0.month`]: cite(R, heading, PHASE_2_WINDOW),
    [`${id}.capital.0.spreadMonths`]: assume('Bought at once at the start of phase 2; adaptation costs are inside the £625k.'),
    [`${id}.capitalInflation`]: assume('The £2.5m is a ceiling at 2020 prices; no uplift.'),
    [`${id}.residualValue`]: assume("The plan gives no resale value: 0, so net payback equals gross; the properties are the council's."),
    [`${id}.assetAppreciation`]: assume('No resale value to appreciate.'),
    [`${id}.openingMonth`]: cite(R, heading, PHASE_2_WINDOW),
    [`${id}.placements.occupancy`]: assume(
      'Not given (para 21: some rooms may be single occupancy); 75 %, as the council assumed for Property 2 in 2021.',
    ),
    [`${id}.placements.costBasis`]: assume(
      'The plan prices the homes per child placed (para 25); choose "per bed" to pay for empty beds too.',
    ),
    [`${id}.feeInflation`]: FLAT,
    [`${id}.costInflation`]: FLAT,
  };
}

function property(id: string, name: string, placements: Scheme['placements']): Scheme {
  return {
    id,
    name,
    kind: 'home',
    enabled: true,
    capital: [{ label: 'Purchase and adaptation (share of £2.5m)', amount: PROPERTY_CAPITAL, month: PHASE_2_START, spreadMonths: 1 }],
    funding: [],
    capitalInflation: 0,
    residualValue: 0,
    assetAppreciation: 0,
    openingMonth: PHASE_2_END,
    placements,
    block: null,
    otherSavings: [],
    feeInflation: 0,
    costInflation: 0,
  };
}

const art: Scheme = {
  id: 'art',
  name: 'Assessment & Resource Team (replaces MISTLE)',
  kind: 'team',
  enabled: true,
  capital: [],
  funding: [],
  capitalInflation: 0,
  residualValue: 0,
  assetAppreciation: 0,
  openingMonth: 5,
  placements: null,
  block: { inHouseAnnualCost: 411_840, doNothingAnnualCost: 450_000 },
  otherSavings: [],
  feeInflation: 0,
  costInflation: 0,
};

const artProvenance: Provenance = {
  'art.capitalInflation': assume('No capital: the plan costs the team as revenue, accommodation included (para 14).'),
  'art.residualValue': assume('A team, not a property: nothing to sell.'),
  'art.assetAppreciation': assume('No asset.'),
  'art.openingMonth': cite(R, '10 (heading)', 'Phase 1: implementation by September 2020'),
  'art.block.inHouseAnnualCost': cite(R, '14', 'At full capacity, this provision would have an annual cost of £411,840.'),
  'art.block.doNothingAnnualCost': cite(R, '16', 'The current contract value of MISTLE is £450,000'),
  'art.feeInflation': FLAT,
  'art.costInflation': FLAT,
};

const hub = property('hub', 'Hub with three assessment beds', {
  beds: 3,
  occupancy: OCCUPANCY,
  inHouseWeeklyCost: 5_200,
  externalWeeklyFee: 5_117,
  costBasis: 'perOccupiedBed',
});

const hubProvenance: Provenance = {
  ...propertyProvenance('hub', '17 (heading)'),
  'hub.placements.beds': cite(R, '17', 'This will also contain three assessment beds'),
  'hub.placements.inHouseWeeklyCost': assume(
    'Para 20\'s "£5,200 per week" read per bed: for all three it would leave ~£1,073 a bed after ART support (£660), below even the 16+ homes\' £2,438.',
  ),
  'hub.placements.externalWeeklyFee': assume(
    "The plan gives no fee for an assessment placement: the lower of the council's two 2021 cohort averages, £5,117 (9 March 2021, para 14b).",
  ),
};

const under16 = property('mf-u16', 'Multi-functional property — under 16 (regulated)', {
  beds: 2,
  occupancy: OCCUPANCY,
  inHouseWeeklyCost: 5_477,
  externalWeeklyFee: 5_985,
  costBasis: 'perOccupiedBed',
});

const over16a = property('mf-16-1', 'Multi-functional property — 16+ (first)', {
  beds: 2,
  occupancy: OCCUPANCY,
  inHouseWeeklyCost: 2_438,
  externalWeeklyFee: 5_117,
  costBasis: 'perOccupiedBed',
});

const over16b = property('mf-16-2', 'Multi-functional property — 16+ (second)', {
  beds: 2,
  occupancy: OCCUPANCY,
  inHouseWeeklyCost: 2_438,
  externalWeeklyFee: 5_117,
  costBasis: 'perOccupiedBed',
});

const TWO_YOUNG_PEOPLE: Source = cite(R, '21', 'each will be able to house up to two young people');
const IN_HOUSE_16_PLUS: Source = cite(R, '25', 'the indicative cost per child/young person would be £2,438 per week for 16+ provision');

const propertiesProvenance: Provenance = {
  ...propertyProvenance('mf-u16', '21 (heading)'),
  'mf-u16.placements.beds': TWO_YOUNG_PEOPLE,
  'mf-u16.placements.inHouseWeeklyCost': cite(R, '25', 'and £5,477 for under 16'),
  'mf-u16.placements.externalWeeklyFee': FEE_UNDER_16,
  ...propertyProvenance('mf-16-1', '21 (heading)'),
  'mf-16-1.placements.beds': TWO_YOUNG_PEOPLE,
  'mf-16-1.placements.inHouseWeeklyCost': IN_HOUSE_16_PLUS,
  'mf-16-1.placements.externalWeeklyFee': FEE_16_PLUS,
  ...propertyProvenance('mf-16-2', '21 (heading)'),
  'mf-16-2.placements.beds': TWO_YOUNG_PEOPLE,
  'mf-16-2.placements.inHouseWeeklyCost': IN_HOUSE_16_PLUS,
  'mf-16-2.placements.externalWeeklyFee': FEE_16_PLUS,
};

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: "Children's Social Care Investment Plan (Scrutiny, 3 March 2020)",
  startMonth: '2020-04',
  horizonYears: 10,
  discountRate: 0.035,
  generalInflation: 0,
  perspective: 'council',
  schemes: [art, hub, under16, over16a, over16b],
};

const provenance: Provenance = {
  startMonth: assume('The first financial year after the report (3 March 2020): 2020/21.'),
  horizonYears: assume('Ten years, as for the 2021 evaluation of the same model.'),
  discountRate: assume('HM Treasury Green Book real discount rate, 3.5 %; the plan does not discount.'),
  generalInflation: assume('The plan gives costs at 2020 prices and no inflation rate.'),
  perspective: assume("No external funding in this plan: the council's own view."),
  ...artProvenance,
  ...hubProvenance,
  ...propertiesProvenance,
};

const stated: StatedFigure[] = [
  {
    // "up to": a ceiling, so flagged only if the capital modelled exceeds it.
    scope: 'portfolio',
    figure: 'totalInvestment',
    stated: 2_500_000,
    comparison: 'atMost',
    tolerance: 0,
    wording: 'it is anticipated that this could cost up to £2.5m',
    source: cite(R, '31', 'it is anticipated that this could cost up to £2.5m'),
  },
  {
    // A year's avoided costs had the provision existed in 2019/20, set against a full year of every scheme.
    scope: 'portfolio',
    figure: 'annualSavingYear1',
    stated: 359_000,
    comparison: 'about',
    tolerance: 500,
    wording: 'there could have been avoided costs of approximately £359,000 against this investment',
    source: cite(R, '33', 'there could have been avoided costs of approximately £359,000 against this investment'),
  },
];

export const leics2020Plan: Preset = {
  id: 'leics-2020-plan',
  title: "Leicestershire Children's Social Care Investment Plan, March 2020",
  report: R,
  summary:
    "The plan's three elements: the ART from September 2020 (£411,840 a year against the £450,000 MISTLE " +
    'contract), and from January 2022, the end of phase 2, a Hub with three assessment beds and three ' +
    "two-bed multi-functional properties, one for under-16s and two for 16+. In-house costs are the plan's " +
    "(paras 20, 25); it gives no external fees, so the preset uses the council's 2021 averages for the same " +
    'cohorts (£5,117 for 16+, £5,985 for those about to turn 16); at the 2017/18 average of about £2,960 a week ' +
    "only the two 16+ homes would save money on placements. The Hub's £5,200 a week is read per bed, the £2.5m is split equally " +
    "over the four properties, occupancy is 75 % and no resale value is counted: all assumptions. The plan's " +
    "£359,000 of avoided costs (para 33) is what 2019/20's actual children would have avoided; it is set against " +
    "the model's full-year saving of all five schemes, which counts assumed placements instead, so expect them " +
    'to differ. The plan says it "has not been developed as a savings initiative" (para 26).',
  scenario,
  provenance,
  stated,
};
