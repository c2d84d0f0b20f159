import { WORK_COLOURS, WORK_LABELS } from '../../domain/content/workColours';
import type { Contraction } from '../../domain/content/types';

const ORDER: Contraction[] = ['concentric', 'eccentric', 'isometric'];

/** What the highlight colours mean: hue for the kind of work, strength of colour for the load in this phase. */
export function ColourKey() {
  return (
    <div className="colour-key" aria-label="Colour key" role="group">
      <ul className="colour-key__hues">
        {ORDER.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: WORK_COLOURS[kind] }} aria-hidden="true" />
            {WORK_LABELS[kind]}
          </li>
        ))}
      </ul>
      <div className="colour-key__ramp">
        <span>Light</span>
        <span
          className="colour-key__gradient"
          aria-hidden="true"
          style={{ background: `linear-gradient(90deg, ${WORK_COLOURS.concentric}33, ${WORK_COLOURS.concentric})` }}
        />
        <span>Heavy</span>
      </div>
      <p className="caption">Brighter colour means more load in the phase playing now.</p>
    </div>
  );
}
