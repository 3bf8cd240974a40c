/**
 * Where an input came from, in words for the screen: the report, its paragraph and its own words,
 * or "Assumption:" and why. Inputs of schemes added in the explorer have no source; they say so.
 */
import type { Source } from '../model/presets/preset.ts';
import { reportById } from '../model/presets/reports.ts';
import { formatDate } from '../format/time.ts';

interface SourceText {
  /** "Report" or "Assumption" or "Added here" */
  kind: 'report' | 'assumption' | 'none';
  /** one line: which report and where, or the assumption's reason */
  text: string;
  /** the report's words, verbatim, when the source is a report */
  quote: string | null;
}

const NO_SOURCE = 'Added in the explorer: no report gives this value.';

export function describeSource(source: Source | undefined): SourceText {
  if (source === undefined) return { kind: 'none', text: NO_SOURCE, quote: null };
  if (source.kind === 'assumption') return { kind: 'assumption', text: `Assumption: ${source.reason}`, quote: null };
  const report = reportById(source.report);
  const where = report ? `${report.council}, ${report.meeting}, ${formatDate(report.date)}` : source.report;
  // Paragraphs are numbered ("14b") or named ("Appendix 1").
  const paragraph = /^\d/.test(source.paragraph) ? `paragraph ${source.paragraph}` : source.paragraph;
  return { kind: 'report', text: `${where}, ${paragraph}`, quote: source.quote };
}
