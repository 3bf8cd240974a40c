/**
 * The five public council reports the presets are built from. Their full text is kept in the repository,
 * in docs/reports/<report id>.md (a header naming the report and its source, then the text), so every
 * quote a preset makes can be checked against the report's own words.
 */
import type { Report, Source } from './preset.ts';

const LEICS_2018: Report = {
  id: 'leics-2018-07-06',
  council: 'Leicestershire County Council',
  meeting: 'Cabinet',
  title: "Children's Innovation Partnership",
  date: '2018-07-06',
};

export const LEICS_2020: Report = {
  id: 'leics-2020-03-03',
  council: 'Leicestershire County Council',
  meeting: 'Children and Families Overview and Scrutiny Committee',
  title: "Children's Social Care Investment Plan",
  date: '2020-03-03',
};

export const LEICS_2021: Report = {
  id: 'leics-2021-03-09',
  council: 'Leicestershire County Council',
  meeting: 'Children and Family Services Overview and Scrutiny Committee',
  title: "Children's Innovation Partnership (CIP)",
  date: '2021-03-09',
};

export const LEICS_2025: Report = {
  id: 'leics-2025-03-04',
  council: 'Leicestershire County Council',
  meeting: 'Children and Families Overview and Scrutiny Committee',
  title: "Children's Innovation Partnership",
  date: '2025-03-04',
};

export const WARKS_2020: Report = {
  id: 'warks-2020-07-09',
  council: 'Warwickshire County Council',
  meeting: 'Cabinet',
  title: 'Children & Families Change Programme Update',
  date: '2020-07-09',
};

/** Oldest first. */
export const REPORTS: readonly Report[] = [LEICS_2018, LEICS_2020, WARKS_2020, LEICS_2021, LEICS_2025];

/** Where, from the repository's root, each report's text is kept: `${REPORT_TEXT_FOLDER}<report id>.md`. */
export const REPORT_TEXT_FOLDER = 'docs/reports/';

export function reportById(id: string): Report | undefined {
  return REPORTS.find((r) => r.id === id);
}

/** A source in a report: the paragraph as the report numbers it and the report's own words. */
export function cite(report: Report, paragraph: string, quote: string): Source & { kind: 'report' } {
  return { kind: 'report', report: report.id, paragraph, quote };
}

/** An input no report gives: say why this value. */
export function assume(reason: string): Source {
  return { kind: 'assumption', reason };
}
