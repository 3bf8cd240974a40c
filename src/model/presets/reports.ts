/**
 * The five public council reports the presets are built from (FACTS.md). Their full text is kept in
 * shared/seeds; `REPORT_SEED_FILES` says which file holds which report, so a quote can be checked.
 */
import type { Report, Source } from './preset.ts';

export const LEICS_2018: Report = {
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

/** Report id → the file in shared/seeds that holds the report's text. */
export const REPORT_SEED_FILES: Readonly<Record<string, string>> = {
  [LEICS_2021.id]: '000_d348f1d16713967c.txt',
  [LEICS_2018.id]: '001_9990d9cfc491cdd4.txt',
  [LEICS_2020.id]: '002_2bfb7e55edf25094.txt',
  [LEICS_2025.id]: '003_982ebfbb83c5da19.txt',
  [WARKS_2020.id]: '004_9c7a7bc155fedd8c.txt',
};

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
