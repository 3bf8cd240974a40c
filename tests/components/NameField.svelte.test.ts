// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import NameField from '../../src/components/NameField.svelte';

afterEach(() => cleanup());

/** the field's polite live region: what was refused, or the question */
const message = () => document.querySelector<HTMLElement>('[aria-live="polite"]')!;

describe('NameField', () => {
  it('refuses an empty or over-long name, shows the kept name in the box again and says what it kept', async () => {
    const onrename = vi.fn();
    render(NameField, { props: { name: 'Property 2', onrename } });
    const field = screen.getByRole('textbox') as HTMLInputElement;
    for (const bad of ['   ', 'x'.repeat(201)]) {
      field.value = bad;
      await fireEvent.change(field);
      expect(field.value).toBe('Property 2');
      const status = message();
      expect(status.getAttribute('aria-live')).toBe('polite');
      expect(status.textContent).toMatch(/\. Kept “Property 2”\.$/);
      expect(field.getAttribute('aria-describedby')).toBe(status.id);
    }
    expect(onrename).not.toHaveBeenCalled();
    field.value = 'Home A';
    await fireEvent.change(field);
    expect(onrename).toHaveBeenCalledWith('Home A');
    expect(message().textContent).toBe('');
  });
});
