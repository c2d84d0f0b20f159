// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { LiveReadout } from '../../src/ui/readout/LiveReadout';
import { bendText, drawSegment, motionOf, segmentBar } from '../../src/ui/readout/drawReadout';
import { exerciseById } from '../../src/domain/content/exercises';
import { liveReadout } from '../../src/state/liveReadout';

const deadlift = exerciseById('deadlift')!;
const pristine = structuredClone({ ...liveReadout });

afterEach(() => {
  cleanup();
  Object.assign(liveReadout, structuredClone(pristine));
});

describe('segment bars', () => {
  it('puts zero where extension ends and flexion begins, and grows the bar from there', () => {
    const reading = { segment: 'L4-L5' as const, flexion: 6, maxFlexion: 12, maxExtension: 4 };
    expect(segmentBar(reading)).toEqual({ zero: 25, left: 25, width: 37.5, near: false });
    expect(segmentBar({ ...reading, flexion: -2 })).toEqual({ zero: 25, left: 12.5, width: 12.5, near: false });
  });

  it('turns amber past 80% of the limit in either direction, and never overflows', () => {
    const reading = { segment: 'L1-L2' as const, flexion: 10, maxFlexion: 12, maxExtension: 4 };
    expect(segmentBar(reading).near).toBe(true);
    expect(segmentBar({ ...reading, flexion: 9.5 }).near).toBe(false);
    expect(segmentBar({ ...reading, flexion: -3.5 }).near).toBe(true);
    const over = segmentBar({ ...reading, flexion: 40 });
    expect(over.left + over.width).toBeCloseTo(100);
  });

  it('writes a bar only when its reading changes, so a held pose costs no page work', async () => {
    const track = document.createElement('span');
    const fill = document.createElement('span');
    const value = document.createElement('span');
    track.append(fill, value);
    const row = { track, fill, value };
    const reading = { segment: 'L3-L4' as const, flexion: 6, maxFlexion: 12, maxExtension: 4 };
    drawSegment(row, reading);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(track, { attributes: true, childList: true, characterData: true, subtree: true });
    drawSegment(row, { ...reading, flexion: 6.001 });
    await Promise.resolve();
    expect(records).toHaveLength(0);
    drawSegment(row, { ...reading, flexion: 9 });
    await Promise.resolve();
    expect(records.length).toBeGreaterThan(0);
    expect(value.textContent).toBe('9° flexion');
    observer.disconnect();
  });

  it('words angles and motion plainly', () => {
    expect(bendText(4.4)).toBe('4° flexion');
    expect(bendText(-2.6)).toBe('3° extension');
    expect(bendText(0.2)).toBe('0°');
    expect(motionOf(12)).toBe('lengthening');
    expect(motionOf(-12)).toBe('shortening');
    expect(motionOf(0.5)).toBe('holding');
    expect(motionOf(null)).toBe('none');
  });
});

describe('live readout', () => {
  it('draws each new reading from the scene into the card', async () => {
    render(<LiveReadout exercise={deadlift} />);
    const card = screen.getByRole('region', { name: 'Your lower back, live' });
    expect(card.dataset.active).toBe('false');

    liveReadout.active = true;
    liveReadout.segments = liveReadout.segments.map((s, i) => ({
      ...s,
      flexion: i === 3 ? 11 : 2,
      maxFlexion: 12,
      maxExtension: 4,
    }));
    liveReadout.hipFlexion = 70;
    liveReadout.lumbarFlexion = 19;
    liveReadout.spineNeutral = false;
    liveReadout.muscles = [
      { muscle: 'gluteus-maximus', lengthRate: -25 },
      { muscle: 'multifidus', lengthRate: 0.4 },
      { muscle: 'hamstrings', lengthRate: 18 },
    ];
    liveReadout.version++;

    await waitFor(() => expect(card.dataset.active).toBe('true'));
    const rows = within(screen.getByRole('list', { name: 'Bend at each lumbar joint' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.segment__label')?.textContent)).toEqual([
      'L1/L2',
      'L2/L3',
      'L3/L4',
      'L4/L5',
      'L5/S1',
    ]);
    expect(rows[3].textContent).toContain('11° flexion');
    expect((rows[3].querySelector('.segment__fill') as HTMLElement).dataset.near).toBe('true');
    expect((rows[0].querySelector('.segment__fill') as HTMLElement).dataset.near).toBe('false');
    expect(card.textContent).toContain('Spine rounded');
    expect(card.textContent).toContain('70° flexion');
    const muscles = within(screen.getByRole('list', { name: 'Loaded muscles right now' })).getAllByRole('listitem');
    const byName = (name: string) => muscles.find((m) => m.textContent?.includes(name))!;
    expect(byName('Gluteus maximus').dataset.motion).toBe('shortening');
    expect(byName('Multifidus').dataset.motion).toBe('holding');
    expect(byName('Hamstrings').dataset.motion).toBe('lengthening');
    expect(byName('Trapezius').dataset.motion).toBe('none');
  });
});
