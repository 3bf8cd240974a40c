/**
 * Warwickshire's Children & Families Change Programme (Cabinet, 9 July 2020): £12.008m of one-off
 * spending from April 2019 (para 4.6) against the recurring budget reductions of para 4.11.
 *
 * Perspective 'whole': the DfE grant is recorded as funding but not counted as an inflow, so the
 * payback is that of the whole £12.008m, as the report presents it — about 7.8 years. Switching to
 * 'council' shows the council's own stake, net of the £3.933m from the DfE.
 */
import type { Preset, Provenance, Source, StatedFigure } from './preset.ts';
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../scenario.ts';
import { WARKS_2020, assume, cite } from './reports.ts';

const R = WARKS_2020;

/** Month index of 1 April in each financial year, from an April 2019 start. */
const FROM = { '2019/20': 0, '2020/21': 12, '2021/22': 24, '2022/23': 36, '2023/24': 48, '2024/25': 60 } as const;

const SPENDING_PROFILE = 'Current estimated spending profile £0.107 £4.614 £6.049 £1.238 £12.008';
const SPENDING_YEARS = '£m 2019/20 2020/21 2021/22 2022/23 Total';
const REDUCTIONS = 'Total Reductions - Children and Families (194) (30) (250) (1,117) (1,834)';

const programme: Scheme = {
  id: 'wcc',
  name: 'Children & Families Change Programme',
  kind: 'programme',
  enabled: true,
  capital: [
    { label: 'Spending 2019/20', amount: 107_000, month: FROM['2019/20'], spreadMonths: 12 },
    { label: 'Spending 2020/21', amount: 4_614_000, month: FROM['2020/21'], spreadMonths: 12 },
    { label: 'Spending 2021/22', amount: 6_049_000, month: FROM['2021/22'], spreadMonths: 12 },
    { label: 'Spending 2022/23', amount: 1_238_000, month: FROM['2022/23'], spreadMonths: 12 },
  ],
  funding: [{ label: 'DfE grant (Strengthening Families, Protecting Children)', amount: 3_933_000, month: FROM['2020/21'] }],
  capitalInflation: 0,
  residualValue: 0,
  assetAppreciation: 0,
  openingMonth: FROM['2020/21'],
  placements: null,
  block: null,
  otherSavings: [
    { label: 'Budget reduction from 2020/21', annual: 194_000, fromMonth: FROM['2020/21'] },
    { label: 'Further reduction from 2021/22', annual: 30_000, fromMonth: FROM['2021/22'] },
    { label: 'Further reduction from 2022/23', annual: 250_000, fromMonth: FROM['2022/23'] },
    { label: 'Further reduction from 2023/24', annual: 1_117_000, fromMonth: FROM['2023/24'] },
    { label: 'Further reduction from 2024/25', annual: 1_834_000, fromMonth: FROM['2024/25'] },
  ],
  feeInflation: 0,
  costInflation: 0,
};

const EVENLY = assume('Spread evenly over the twelve months of its financial year; the report gives only annual totals.');
const REDUCTION_AMOUNT: Source = cite(R, '4.11', REDUCTIONS);
const reductionYear = (year: string): Source => cite(R, '4.11', `${year} £'000`);

const provenance: Provenance = {
  startMonth: cite(R, '4.6', SPENDING_YEARS),
  horizonYears: assume('Twelve years, to March 2031: spending runs four years and the reductions reach their full level only in 2024/25.'),
  discountRate: assume('HM Treasury Green Book real discount rate, 3.5 %; the report does not discount.'),
  generalInflation: assume('The report gives no inflation rate.'),
  perspective: assume(
    'Whole: the report sets its savings against the whole £12.008m, DfE grant included; choose "council" to net the grant off.',
  ),
  'wcc.capital.0.amount': cite(R, '4.6', SPENDING_PROFILE),
  'wcc.capital.0.month': cite(R, '4.6', SPENDING_YEARS),
  'wcc.capital.0.spreadMonths': EVENLY,
  'wcc.capital.1.amount': cite(R, '4.6', SPENDING_PROFILE),
  'wcc.capital.1.month': cite(R, '4.6', SPENDING_YEARS),
  'wcc.capital.1.spreadMonths': EVENLY,
  'wcc.capital.2.amount': cite(R, '4.6', SPENDING_PROFILE),
  'wcc.capital.2.month': cite(R, '4.6', SPENDING_YEARS),
  'wcc.capital.2.spreadMonths': EVENLY,
  'wcc.capital.3.amount': cite(R, '4.6', SPENDING_PROFILE),
  'wcc.capital.3.month': cite(R, '4.6', SPENDING_YEARS),
  'wcc.capital.3.spreadMonths': EVENLY,
  'wcc.funding.0.amount': cite(R, '4.7', 'Successful bid for DfE Funding 3.933'),
  'wcc.funding.0.month': assume('When the grant is paid is not given: taken at the official start, April 2020 (para 4.1).'),
  'wcc.capitalInflation': assume('The spending profile is in cash; no uplift.'),
  'wcc.residualValue': assume('One-off spending on services, not property: nothing to sell.'),
  'wcc.assetAppreciation': assume('No asset.'),
  'wcc.openingMonth': cite(R, '4.1', 'towards an official start date on 1 April 2020'),
  'wcc.otherSavings.0.annual': REDUCTION_AMOUNT,
  'wcc.otherSavings.0.fromMonth': reductionYear('2020/21'),
  'wcc.otherSavings.1.annual': REDUCTION_AMOUNT,
  'wcc.otherSavings.1.fromMonth': reductionYear('2021/22'),
  'wcc.otherSavings.2.annual': REDUCTION_AMOUNT,
  'wcc.otherSavings.2.fromMonth': reductionYear('2022/23'),
  'wcc.otherSavings.3.annual': REDUCTION_AMOUNT,
  'wcc.otherSavings.3.fromMonth': reductionYear('2023/24'),
  'wcc.otherSavings.4.annual': REDUCTION_AMOUNT,
  'wcc.otherSavings.4.fromMonth': reductionYear('2024/25'),
  'wcc.feeInflation': assume('No fees or placements in this programme; flat.'),
  'wcc.costInflation': assume("The reductions are stated in cash at their year's prices; no uplift."),
};

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: 'Children & Families Change Programme (Warwickshire Cabinet, 9 July 2020)',
  startMonth: '2019-04',
  horizonYears: 12,
  discountRate: 0.035,
  generalInflation: 0,
  perspective: 'whole',
  schemes: [programme],
};

const HALF_THOUSAND = 500; // £m to three decimals, £'000 tables

const stated: StatedFigure[] = [
  {
    scope: { scheme: 'wcc' },
    figure: 'totalInvestment',
    stated: 12_008_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: 'the planned expenditure of £12.008m',
    source: cite(R, '4.7', 'the planned expenditure of £12.008m'),
  },
  {
    // "£12m": rounded to £1m.
    scope: { scheme: 'wcc' },
    figure: 'totalInvestment',
    stated: 12_000_000,
    comparison: 'about',
    tolerance: 500_000,
    wording: '£12m of additional one-off funding',
    source: cite(R, '2.1', '£12m of additional one-off funding'),
  },
  {
    scope: { scheme: 'wcc' },
    figure: 'externalFunding',
    stated: 3_933_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: 'Successful bid for DfE Funding: 3.933 (£m)',
    source: cite(R, '4.7', 'Successful bid for DfE Funding 3.933'),
  },
  {
    // Para 2.1 gives the DfE grant as £3.993m, para 4.7 as £3.933m: one of them will not match.
    scope: { scheme: 'wcc' },
    figure: 'externalFunding',
    stated: 3_993_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: 'successfully awarded £3.993m from the Department for Education',
    source: cite(R, '2.1', 'successfully awarded £3.993m from the Department for Education'),
  },
  {
    scope: { scheme: 'wcc' },
    figure: 'annualSaving',
    fromMonth: FROM['2024/25'],
    stated: 3_425_000,
    comparison: 'about',
    tolerance: HALF_THOUSAND,
    wording: 'indicative future savings of £3.425m by 2024-2025',
    source: cite(R, '4.11', 'indicative future savings of £3.425m by 2024-2025'),
  },
];

export const warwickshire2020: Preset = {
  id: 'warwickshire-2020',
  title: 'Warwickshire Children & Families Change Programme, July 2020',
  report: R,
  summary:
    "Warwickshire's £12.008m change programme, one-off spending modelled as the investment, year by year " +
    'from 2019/20 as para 4.6 profiles it, against the budget reductions of para 4.11, each recurring from ' +
    'its year on and reaching £3.425m a year by 2024/25. The DfE grant is recorded as funding, but the ' +
    "preset takes the whole view, as the report does, so it pays back in about 7.8 years; the council's " +
    'view nets the grant off. The other £8.075m (social care grant and transformation reserve) is the ' +
    "council's own money. The report gives the DfE grant as £3.993m in para 2.1 and £3.933m in para 4.7; " +
    "the funding uses 4.7's table, which adds up to the £12.008m. The reductions are indicative and the " +
    'report does not tie them to individual spending lines; how the spending falls within each year is an assumption.',
  scenario,
  provenance,
  stated,
};
