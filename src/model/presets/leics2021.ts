/**
 * The default preset: Leicestershire's financial evaluation of Properties 1–4 (Scrutiny, 9 March 2021,
 * para 14) and the Assessment & Resource Team costed in the 2020 plan (paras 14, 16).
 *
 * Openings stay at month 0 although Appendix 1 plans them for late 2021 and 2022: the report's own
 * payback arithmetic (£431k ÷ £82k ≈ 5.3 years) counts a full year's saving from the start, and the
 * preset reproduces the report before anyone moves a slider.
 */
import type { Preset, Provenance, Source, StatedFigure } from './preset.ts';
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../scenario.ts';
import { LEICS_2020, LEICS_2021, assume, cite } from './reports.ts';

const R = LEICS_2021;

const AT_ONCE = assume('Charged at once: the report counts the whole cost up front in its payback.');
const FLAT = assume("Flat: the report's payback divides the cost by a constant annual saving.");
const FROM_THE_START = (plannedOpening: string): Source =>
  assume(`Saving from month 0, as the report's payback arithmetic assumes; Appendix 1 plans the opening ${plannedOpening}.`);

const p1: Scheme = {
  id: 'p1',
  name: 'Property 1 — residential, children up to 16',
  kind: 'home',
  enabled: true,
  capital: [
    { label: 'Purchase of the property', amount: 365_000, month: 0, spreadMonths: 1 },
    { label: 'Fees', amount: 11_000, month: 0, spreadMonths: 1 },
    { label: 'Redecoration and modifications, incl. sprinklers', amount: 55_000, month: 0, spreadMonths: 1 },
  ],
  funding: [],
  capitalInflation: 0,
  residualValue: 365_000,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: { beds: 3, occupancy: 1, inHouseWeeklyCost: 2_778, externalWeeklyFee: 2_961, costBasis: 'perOccupiedBed' },
  block: null,
  otherSavings: [{ label: 'Reduced social worker, IRO and QA time and travel (assumed split)', annual: 53_452 }],
  feeInflation: 0,
  costInflation: 0,
};

const p1Provenance: Provenance = {
  'p1.capital.0.amount': cite(R, '14a', 'up to £365k for the purchase of the property'),
  'p1.capital.0.month': cite(R, '12d(i)', 'Property 1: Acquired in December 2020'),
  'p1.capital.0.spreadMonths': AT_ONCE,
  'p1.capital.1.amount': cite(R, '14a', '£11k fees'),
  'p1.capital.1.month': assume('Fees go with the purchase (December 2020, before the scenario starts).'),
  'p1.capital.1.spreadMonths': AT_ONCE,
  'p1.capital.2.amount': cite(R, '14a', 'approximately £55k for estimated redecoration and modifications'),
  'p1.capital.2.month': assume("Timing of the works not given; counted at the start, as the report's payback does."),
  'p1.capital.2.spreadMonths': AT_ONCE,
  'p1.capitalInflation': assume("No uplift on the report's cost estimates."),
  'p1.residualValue': cite(R, '14a', 'available for re-sale at the current market value £365k'),
  'p1.assetAppreciation': cite(R, '14a', 'No capital appreciation has been factored in'),
  'p1.openingMonth': FROM_THE_START('at the end of 2021'),
  'p1.placements.beds': cite(R, '14a', '£82k per annum for three placements'),
  'p1.placements.occupancy': assume('All three places filled: the £82k is stated "for three placements", with no vacancy allowance.'),
  'p1.placements.inHouseWeeklyCost': assume(
    "The fee less the report's difference: £2,961 − £183 = £2,778 a week per child placed (para 14a gives only the £183 difference between Barnardo's costs and current costs).",
  ),
  'p1.placements.externalWeeklyFee': assume(
    "The 2018 baseline's average residential fee: £9.7m for 63 children in external residential placements in 2017/18 (Cabinet, 6 July 2018, para 20) is £2,961 a week each. The 2021 report gives only the £183 difference, so a fee is assumed for fee inflation to act on.",
  ),
  'p1.placements.costBasis': assume('Saving counted per person placed, as the report counts it.'),
  'p1.otherSavings.0.annual': assume(
    'The £82k also covers social worker, IRO and QA time and travel, unsplit: 82,000 − 183 × 3 × 52 = 53,452 is the rest.',
  ),
  'p1.feeInflation': FLAT,
  'p1.costInflation': FLAT,
};

const p2: Scheme = {
  id: 'p2',
  name: 'Property 2 — residential, 16+',
  kind: 'home',
  enabled: true,
  capital: [
    { label: 'Purchase of the property', amount: 385_000, month: 0, spreadMonths: 1 },
    { label: 'Fees', amount: 12_000, month: 0, spreadMonths: 1 },
    { label: 'Fire regulatory works', amount: 40_000, month: 0, spreadMonths: 1 },
  ],
  funding: [],
  capitalInflation: 0,
  residualValue: 385_000,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3_953, externalWeeklyFee: 5_117, costBasis: 'perOccupiedBed' },
  block: null,
  otherSavings: [{ label: 'Avoided social worker travel time and expenses', annual: 52_000 }],
  feeInflation: 0,
  costInflation: 0,
};

const p2Provenance: Provenance = {
  'p2.capital.0.amount': cite(R, '14b', 'up to £385k for the purchase of the property'),
  'p2.capital.0.month': cite(R, '12d(ii)', 'Property 2: Acquired in December 2020'),
  'p2.capital.0.spreadMonths': AT_ONCE,
  'p2.capital.1.amount': cite(R, '14b', '£12k fees'),
  'p2.capital.1.month': assume('Fees go with the purchase (December 2020, before the scenario starts).'),
  'p2.capital.1.spreadMonths': AT_ONCE,
  'p2.capital.2.amount': cite(R, '14b', 'approximately £40k for fire regulatory works'),
  'p2.capital.2.month': assume("Timing of the works not given; counted at the start, as the report's payback does."),
  'p2.capital.2.spreadMonths': AT_ONCE,
  'p2.capitalInflation': assume("No uplift on the report's cost estimates."),
  'p2.residualValue': cite(R, '14b', 'available for re-sale at the current market value £385k'),
  'p2.assetAppreciation': cite(R, '14b', 'No capital appreciation has been factored in'),
  'p2.openingMonth': FROM_THE_START('at the end of 2021'),
  'p2.placements.beds': cite(R, '14b', '£188k per annum for three 16+ placements'),
  'p2.placements.occupancy': cite(R, '14b', 'assuming 75% occupancy'),
  'p2.placements.inHouseWeeklyCost': assume(
    'Not given: the fee less the stated weekly saving ("weekly savings per person of £1,164"), 5,117 − 1,164 = 3,953.',
  ),
  'p2.placements.externalWeeklyFee': cite(R, '14b', 'averaging £5,117 per week per person for the current cohort'),
  'p2.placements.costBasis': assume('Saving only on filled beds: £1,164 × 3 × 52 × 75 % = £136,188, the report\'s "£136k".'),
  'p2.otherSavings.0.annual': cite(R, '14b', '£52k for the avoided travel time and expenses'),
  'p2.feeInflation': FLAT,
  'p2.costInflation': FLAT,
};

const p3: Scheme = {
  id: 'p3',
  name: 'Property 3 — family (parent–child) residential',
  kind: 'home',
  enabled: true,
  capital: [
    { label: 'Capital budget (incl. contingency and inflation)', amount: 549_000, month: 0, spreadMonths: 1 },
    { label: 'Internal asset transfer', amount: 320_000, month: 0, spreadMonths: 1 },
  ],
  funding: [],
  capitalInflation: 0,
  residualValue: 600_000,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: null,
  block: { inHouseAnnualCost: 296_000, doNothingAnnualCost: 480_000 },
  otherSavings: [{ label: 'Social worker and IRO time and travel', annual: 63_000 }],
  feeInflation: 0,
  costInflation: 0,
};

const p3Provenance: Provenance = {
  'p3.capital.0.amount': cite(R, '14c', 'The capital budget requirement to develop this property is £549k'),
  'p3.capital.0.month': assume(
    "Development began in January 2021 (para 12d); the budget is counted at the start, as the report's payback does.",
  ),
  'p3.capital.0.spreadMonths': AT_ONCE,
  'p3.capital.1.amount': cite(R, '14c', 'The internal asset transfer value of the currently owned County Council property is £320k'),
  'p3.capital.1.month': assume('An existing council property, transferred when development began, before the scenario starts.'),
  'p3.capital.1.spreadMonths': AT_ONCE,
  'p3.capitalInflation': assume('0: the £549k already includes "4.5% for annual inflation" (para 14c), so no further uplift.'),
  'p3.residualValue': cite(R, '14c', 'The retained value of the asset will be in the region of £600k'),
  'p3.assetAppreciation': assume('Held flat: the report speaks of "capital asset appreciation" but gives only the £600k retained value.'),
  'p3.openingMonth': FROM_THE_START('for October 2021'),
  'p3.block.inHouseAnnualCost': cite(R, '14c', 'The service and running costs are estimated at £296k per annum'),
  'p3.block.doNothingAnnualCost': cite(R, '14c', 'the alternative cost of commissioning the equivalent service, which is £480k'),
  'p3.otherSavings.0.annual': cite(R, '14c', 'The estimated savings for staff and expense savings is another £63k per annum'),
  'p3.feeInflation': FLAT,
  'p3.costInflation': FLAT,
};

/** The report gives no saving for Property 4, only "a payback within five years" on about £1.1m. */
const P4_ASSUMED_SAVING = 225_000;

const p4: Scheme = {
  id: 'p4',
  name: 'Property 4 — assessment residential unit',
  kind: 'home',
  enabled: true,
  capital: [{ label: 'Assessment unit, including the property', amount: 1_100_000, month: 0, spreadMonths: 1 }],
  funding: [],
  capitalInflation: 0,
  residualValue: 375_000,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: null,
  block: null,
  otherSavings: [{ label: 'Net saving (assumed: the report gives none)', annual: P4_ASSUMED_SAVING }],
  feeInflation: 0,
  costInflation: 0,
};

const p4Provenance: Provenance = {
  'p4.capital.0.amount': cite(R, '14d', 'including the property costs, is expected to be in the region of £1.1m'),
  'p4.capital.0.month': assume('Timing not given (plans only authorised, para 12d); counted at the start like Properties 1–3.'),
  'p4.capital.0.spreadMonths': AT_ONCE,
  'p4.capitalInflation': assume("No uplift on the report's cost estimate."),
  'p4.residualValue': assume(
    'The council keeps "the land and newly created buildings" (14d) but no value is given: £375k, the mean of the Property 1 and 2 purchase prices.',
  ),
  'p4.assetAppreciation': assume('Held flat, as for Properties 1 and 2.'),
  'p4.openingMonth': FROM_THE_START('for May 2022 (Assessment Bed Unit)'),
  'p4.otherSavings.0.annual': assume(
    'Not given; "a payback within five years" on £1.1m needs ≥ £220k a year; £225k is the smallest £5k step that pays back strictly within five.',
  ),
  'p4.feeInflation': FLAT,
  'p4.costInflation': FLAT,
};

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
  openingMonth: 0,
  placements: null,
  block: { inHouseAnnualCost: 411_840, doNothingAnnualCost: 450_000 },
  otherSavings: [],
  feeInflation: 0,
  costInflation: 0,
};

const artProvenance: Provenance = {
  'art.capitalInflation': assume('No capital: a team, housed in existing accommodation.'),
  'art.residualValue': assume('A team, not a property: nothing to sell.'),
  'art.assetAppreciation': assume('No asset.'),
  'art.openingMonth': cite(R, '12d(v)', '(Assessment and Resource Team) which went live in December 2020'),
  'art.block.inHouseAnnualCost': cite(LEICS_2020, '14', 'At full capacity, this provision would have an annual cost of £411,840.'),
  'art.block.doNothingAnnualCost': cite(LEICS_2020, '16', 'The current contract value of MISTLE is £450,000'),
  'art.feeInflation': assume('Flat: both are annual contract values at 2020 prices.'),
  'art.costInflation': assume('Flat: both are annual contract values at 2020 prices.'),
};

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: 'CIP residential model (Scrutiny, 9 March 2021)',
  startMonth: '2021-04',
  horizonYears: 10,
  discountRate: 0.035,
  generalInflation: 0,
  perspective: 'council',
  schemes: [p1, p2, p3, p4, art],
};

const provenance: Provenance = {
  startMonth: assume('The first financial year after the report (9 March 2021): 2021/22.'),
  horizonYears: assume('Ten years: the CIP contract runs "for up to a ten-year term" (para 7).'),
  discountRate: assume('HM Treasury Green Book real discount rate, 3.5 %; the report does not discount.'),
  generalInflation: assume('The report works in flat cash and gives no inflation rate.'),
  perspective: assume("No external funding in this report: the council's own view."),
  ...p1Provenance,
  ...p2Provenance,
  ...p3Provenance,
  ...p4Provenance,
  ...artProvenance,
};

// The report states paybacks to the half-year ("within 2.5 years"), so a payback it gives in words
// ("a payback of five years") is read as that figure ± a quarter-year; £k figures are ± £500.
const HALF_YEAR = 0.25;
const HALF_K = 500;

const stated: StatedFigure[] = [
  {
    scope: { scheme: 'p1' },
    figure: 'totalInvestment',
    stated: 431_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: 'expected to be £431k',
    source: cite(R, '14a', 'The overall cost of the new scheme is expected to be £431k'),
  },
  {
    scope: { scheme: 'p1' },
    figure: 'annualSavingYear1',
    stated: 82_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: '£82k per annum for three placements',
    source: cite(R, '14a', 'projected to be £82k per annum for three placements'),
    // The report does not split the £82k: the staff-time saving is what is left of it after the placements.
    workedBack: { what: 'the staff-time saving', inputs: ['p1.otherSavings.0.annual'] },
  },
  {
    scope: { scheme: 'p1' },
    figure: 'paybackYears',
    stated: 5,
    comparison: 'about',
    tolerance: HALF_YEAR,
    wording: 'a payback of five years',
    source: cite(R, '14a', 'with a payback of five years'),
  },
  {
    scope: { scheme: 'p2' },
    figure: 'totalInvestment',
    stated: 437_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: 'expected to be £437k',
    source: cite(R, '14b', 'The overall cost of the new scheme is expected to be £437k'),
  },
  {
    scope: { scheme: 'p2' },
    figure: 'annualSavingYear1',
    stated: 188_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: '£188k per annum for three 16+ placements',
    source: cite(R, '14b', 'projected to be £188k per annum for three 16+ placements'),
  },
  {
    scope: { scheme: 'p2' },
    figure: 'paybackYears',
    stated: 2.5,
    comparison: 'atMost',
    tolerance: 0,
    wording: 'a payback within 2.5 years',
    source: cite(R, '14b', 'with a payback within 2.5 years'),
  },
  {
    scope: { scheme: 'p3' },
    figure: 'totalInvestment',
    stated: 869_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: 'the total investment cost £869k',
    source: cite(R, '14c', 'making the total investment cost £869k'),
  },
  {
    scope: { scheme: 'p3' },
    figure: 'netInvestment',
    stated: 369_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: 'reducing the net investment to £369k',
    source: cite(R, '14c', 'reducing the net investment to £369k'),
  },
  {
    scope: { scheme: 'p3' },
    figure: 'annualSavingYear1',
    stated: 247_000,
    comparison: 'about',
    tolerance: HALF_K,
    wording: 'annual net revenue savings are £247k pa',
    source: cite(R, '14c', 'The annual net revenue savings are £247k pa'),
  },
  {
    scope: { scheme: 'p3' },
    figure: 'paybackYears',
    stated: 4,
    comparison: 'about',
    tolerance: HALF_YEAR,
    wording: 'four years based on the gross investment',
    source: cite(R, '14c', 'four years based on the gross investment'),
  },
  {
    scope: { scheme: 'p3' },
    figure: 'netPaybackYears',
    stated: 2,
    comparison: 'atMost',
    tolerance: 0,
    wording: 'with capital asset appreciation, achieves an overall payback within two years',
    source: cite(R, '14c', 'with capital asset appreciation, achieves an overall payback within two years'),
  },
  {
    // "in the region of £1.1m": rounded to £0.1m, so ± £50k.
    scope: { scheme: 'p4' },
    figure: 'totalInvestment',
    stated: 1_100_000,
    comparison: 'about',
    tolerance: 50_000,
    wording: 'in the region of £1.1m',
    source: cite(R, '14d', 'is expected to be in the region of £1.1m'),
  },
  {
    scope: { scheme: 'p4' },
    figure: 'paybackYears',
    stated: 5,
    comparison: 'atMost',
    tolerance: 0,
    wording: 'a payback within five years',
    source: cite(R, '14d', 'with a payback within five years'),
    workedBack: { what: 'the saving', inputs: ['p4.otherSavings.0.annual'] },
  },
];

export const leics2021: Preset = {
  id: 'leics-2021',
  title: 'Leicestershire CIP residential model, March 2021',
  report: R,
  summary:
    'Properties 1–4 as the 9 March 2021 report evaluates them (para 14), plus the Assessment & Resource Team ' +
    'from the March 2020 plan, whose £411,840 a year replaces the £450,000 MISTLE contract. Capital, savings and ' +
    "retained values are the report's; every opening is at month 0 because the report's paybacks count a full " +
    "year's saving from the start, though Appendix 1 plans the homes for late 2021 and May 2022. The report does " +
    "not split Property 1's £82k between placements (£183 a week each) and staff time, and gives Property 4 no " +
    "saving and no resale value: those are assumptions. Read as stated, the report's own figures disagree in " +
    "places: Property 1's £431k ÷ £82k is 5.3 years, not five; Property 3's £869k ÷ £247k is 3.5 years, not " +
    'four, and £869k − £600k is £269k, not the £369k net investment it gives.',
  scenario,
  provenance,
  stated,
};
