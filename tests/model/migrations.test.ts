import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, isNewerVersion, migrate, type Migration } from '../../src/model/migrations.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import { SCENARIO_VERSION } from '../../src/model/scenario.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A made-up history: v1 called the horizon `years`, v2 renamed it, v3 grew a `tags` list. */
function fakeChain(log: string[] = []): Migration[] {
  const toTwo: Migration = {
    from: 1,
    to: 2,
    migrate: ({ years, ...rest }) => {
      log.push('1→2');
      return { ...rest, horizonYears: years };
    },
  };
  const toThree: Migration = {
    from: 2,
    to: 3,
    migrate: (raw) => {
      log.push('2→3');
      return { ...raw, tags: [] };
    },
  };
  // Listed out of order on purpose: migrate follows the version numbers, not the list.
  return [toThree, toTwo];
}

describe('the migration list', () => {
  it('reads up to the scenario version the model is written for', () => {
    expect(CURRENT_VERSION).toBe(SCENARIO_VERSION);
  });

  it('has exactly one step from every older version to the next', () => {
    for (let from = 1; from < CURRENT_VERSION; from += 1) {
      const steps = MIGRATIONS.filter((migration) => migration.from === from);
      expect(steps, `steps from version ${from}`).toHaveLength(1);
      expect(steps[0]?.to).toBe(from + 1);
    }
    expect(MIGRATIONS.every((migration) => migration.from >= 1 && migration.to <= CURRENT_VERSION)).toBe(true);
  });
});

describe('migrate', () => {
  it('gives back a current record as it is', () => {
    const raw = { version: CURRENT_VERSION, name: 'x' };
    expect(migrate(raw)).toEqual({ ok: true, raw });
  });

  it('applies the steps in version order and stamps each result with its version', () => {
    const log: string[] = [];
    const result = migrate({ version: 1, name: 'Homes', years: 10 }, fakeChain(log), 3);
    expect(log).toEqual(['1→2', '2→3']);
    expect(result).toStrictEqual({ ok: true, raw: { version: 3, name: 'Homes', horizonYears: 10, tags: [] } });
  });

  it('starts from the version the record has', () => {
    const log: string[] = [];
    const result = migrate({ version: 2, name: 'Homes', horizonYears: 10 }, fakeChain(log), 3);
    expect(log).toEqual(['2→3']);
    expect(result).toStrictEqual({ ok: true, raw: { version: 3, name: 'Homes', horizonYears: 10, tags: [] } });
  });

  it('never changes its input', () => {
    const raw = deepFreeze({ version: 1, name: 'Homes', years: 10, schemes: [{ id: 'p1' }] });
    const before = JSON.stringify(raw);
    const result = migrate(raw, fakeChain(), 3);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(raw)).toBe(before);
    if (result.ok) expect(result.raw).not.toBe(raw);
  });

  it('refuses a gap in the chain', () => {
    const [toThree] = fakeChain();
    expect(migrate({ version: 1 }, [toThree!], 3)).toEqual({
      ok: false,
      error: 'version: cannot upgrade a scenario from version 1: this app has no step from version 1 to 2',
    });
    const toFour: Migration = { from: 3, to: 4, migrate: (raw) => ({ ...raw }) };
    const [, toTwo] = fakeChain();
    expect(migrate({ version: 1, years: 1 }, [toTwo!, toFour], 4)).toEqual({
      ok: false,
      error: 'version: cannot upgrade a scenario from version 2: this app has no step from version 2 to 3',
    });
  });

  it('refuses a step that skips a version', () => {
    const skip: Migration = { from: 1, to: 3, migrate: (raw) => ({ ...raw }) };
    expect(migrate({ version: 1 }, [skip], 3)).toEqual({
      ok: false,
      error: 'version: cannot upgrade a scenario from version 1: its upgrade step leads to version 3, not 2',
    });
  });

  it('turns a step that throws into a refusal', () => {
    const broken: Migration = {
      from: 1,
      to: 2,
      migrate: () => {
        throw new TypeError('schemes is not iterable');
      },
    };
    expect(migrate({ version: 1 }, [broken], 2)).toEqual({
      ok: false,
      error: 'version: cannot upgrade a scenario from version 1: schemes is not iterable',
    });
  });

  it('refuses a step that returns something other than an object', () => {
    const broken = { from: 1, to: 2, migrate: () => [] } as unknown as Migration;
    expect(migrate({ version: 1 }, [broken], 2)).toEqual({
      ok: false,
      error: 'version: cannot upgrade a scenario from version 1: its upgrade step returned an array, not an object',
    });
  });

  it('refuses a record from a newer app', () => {
    expect(migrate({ version: 3 })).toEqual({
      ok: false,
      error:
        'version: this scenario was saved by a newer version of Payback Explorer (version 3); ' +
        'this app reads up to version 2 — reload to get the newer app',
    });
  });

  it.each([
    [{}, 'version: is required'],
    [{ version: null }, 'version: must be a whole number of at least 1, got null'],
    [{ version: '1' }, 'version: must be a whole number of at least 1, got the string "1"'],
    [{ version: 0 }, 'version: must be a whole number of at least 1, got 0'],
    [{ version: -2 }, 'version: must be a whole number of at least 1, got -2'],
    [{ version: 1.5 }, 'version: must be a whole number of at least 1, got 1.5'],
    [{ version: Infinity }, 'version: must be a whole number of at least 1, got Infinity'],
    [Object.create({ version: 1 }) as Record<string, unknown>, 'version: is required'],
  ])('refuses %j: %s', (raw, error) => {
    expect(migrate(raw)).toEqual({ ok: false, error });
  });
});

describe('isNewerVersion', () => {
  it('is true only for a well-formed version above the current one', () => {
    expect(isNewerVersion({ version: CURRENT_VERSION + 1 })).toBe(true);
    expect(isNewerVersion({ version: 99 })).toBe(true);
    expect(isNewerVersion({ version: CURRENT_VERSION })).toBe(false);
    expect(isNewerVersion({ version: String(CURRENT_VERSION + 1) })).toBe(false);
    expect(isNewerVersion({ version: CURRENT_VERSION + 1.5 })).toBe(false);
    expect(isNewerVersion({ version: Infinity })).toBe(false);
    expect(isNewerVersion({})).toBe(false);
    expect(isNewerVersion([{ version: 99 }])).toBe(false);
    expect(isNewerVersion(null)).toBe(false);
    expect(isNewerVersion('{"version":99}')).toBe(false);
  });

  it('takes the current version to compare with', () => {
    expect(isNewerVersion({ version: 3 }, 3)).toBe(false);
    expect(isNewerVersion({ version: 4 }, 3)).toBe(true);
  });
});

describe('the step from version 1 to 2 (notes)', () => {
  /** A version-1 scenario as the version-1 app wrote it, written out by hand. */
  const versionOne = () => ({
    version: 1,
    name: 'Homes 2021',
    startMonth: '2021-04',
    horizonYears: 10,
    discountRate: 0.035,
    generalInflation: 0,
    perspective: 'council',
    schemes: [
      {
        id: 'p1',
        name: 'Property 1',
        kind: 'home',
        enabled: true,
        capital: [{ label: 'Purchase', amount: 385000, month: 0, spreadMonths: 1 }],
        funding: [],
        capitalInflation: 0.02,
        residualValue: 385000,
        assetAppreciation: 0.01,
        openingMonth: 6,
        placements: { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3953, externalWeeklyFee: 5117, costBasis: 'perOccupiedBed' },
        block: null,
        otherSavings: [],
        feeInflation: 0.04,
        costInflation: 0.03,
      },
    ],
  });

  it('is step 1 → 2, and the app reads version 2', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(MIGRATIONS.map(({ from, to }) => [from, to])).toEqual([[1, 2]]);
  });

  it('keeps every field of a version-1 scenario, leaves its input untouched and stamps version 2', () => {
    const raw = deepFreeze(versionOne());
    expect(migrate(raw)).toStrictEqual({ ok: true, raw: { ...versionOne(), version: 2 } });
    expect(raw).toStrictEqual(versionOne());
  });

  it('a version-1 scenario restores at version 2 with no notes and nothing dropped', () => {
    const result = restoreScenario(versionOne());
    expect(result).toStrictEqual({ ok: true, scenario: { ...versionOne(), version: 2 }, dropped: [] });
    expect(result.ok && 'note' in result.scenario).toBe(false);
    expect(result.ok && 'note' in result.scenario.schemes[0]!).toBe(false);
  });

  it('a version-3 scenario is refused with the newer-version message', () => {
    expect(restoreScenario({ ...versionOne(), version: 3 })).toEqual({
      ok: false,
      errors: [
        'version: this scenario was saved by a newer version of Payback Explorer (version 3); ' +
          'this app reads up to version 2 — reload to get the newer app',
      ],
    });
  });

  it('the version-1 app (no steps, reading up to 1) refuses a version-2 scenario with its newer-version message', () => {
    // migrate as the version-1 app ran it: MIGRATIONS was [] and CURRENT_VERSION 1
    expect(migrate({ ...versionOne(), version: 2, note: 'Agreed by the board' }, [], 1)).toEqual({
      ok: false,
      error:
        'version: this scenario was saved by a newer version of Payback Explorer (version 2); ' +
        'this app reads up to version 1 — reload to get the newer app',
    });
  });
});
