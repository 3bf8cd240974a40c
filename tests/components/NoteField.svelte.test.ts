// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import NoteField from '../../src/components/NoteField.svelte';
import PrintNotes from '../../src/components/PrintNotes.svelte';
import { sampleScenario } from '../share/fixtures.ts';

afterEach(() => cleanup());

describe('NoteField', () => {
  it('is a labelled box that says its limit, allows no more, and hands on the text when left', async () => {
    const onchange = vi.fn();
    render(NoteField, { props: { note: undefined, owner: 'Property 2', onchange } });
    const box = screen.getByRole('textbox', { name: 'Note on Property 2' }) as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.value).toBe('');
    expect(box.maxLength).toBe(2000);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toContain('Up to 2,000 characters');
    box.value = 'Agreed by the board';
    await fireEvent.change(box);
    expect(onchange).toHaveBeenCalledExactlyOnceWith('Agreed by the board');
  });

  it('shows a note with HTML in it as text', () => {
    render(NoteField, { props: { note: '<b>bold</b><img src=x>', owner: 'the scenario', onchange: () => {} } });
    const box = screen.getByRole('textbox', { name: 'Note on the scenario' }) as HTMLTextAreaElement;
    expect(box.value).toBe('<b>bold</b><img src=x>');
    expect(document.querySelector('b, img')).toBeNull();
  });
});

describe('PrintNotes', () => {
  it("prints the scenario's note and each scheme's, as text", () => {
    const scenario = sampleScenario();
    scenario.note = 'Why: <em>board</em>';
    scenario.schemes[1]!.note = 'Who agreed';
    render(PrintNotes, { props: { scenario } });
    const section = screen.getByTestId('print-notes');
    expect(section.textContent).toContain('Why: <em>board</em>');
    expect(section.textContent).toContain('ART: Who agreed');
    expect(section.textContent).not.toContain('Property 2');
    expect(section.querySelector('em')).toBeNull();
  });

  it('prints nothing when there is no note', () => {
    render(PrintNotes, { props: { scenario: sampleScenario() } });
    expect(screen.queryByTestId('print-notes')).toBeNull();
  });
});
