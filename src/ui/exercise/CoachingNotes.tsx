import type { Exercise, Variation } from '../../domain/content/types';

const KIND_LABELS: Record<Variation['kind'], string> = {
  easier: 'Easier',
  harder: 'Harder',
  alternative: 'Another way',
};

interface Props {
  exercise: Exercise;
}

/** Easier and harder options, the coach's tip, safety notes and variations. */
export function CoachingNotes({ exercise }: Props) {
  return (
    <>
      <section className="coaching" aria-labelledby="options-heading">
        <h3 id="options-heading">Make it fit you</h3>
        <dl className="options">
          <div className="options__item options__item--easier">
            <dt>Easier</dt>
            <dd>{exercise.easier}</dd>
          </div>
          <div className="options__item options__item--harder">
            <dt>Harder</dt>
            <dd>{exercise.harder}</dd>
          </div>
        </dl>
        <div className="tip">
          <h4>Coach’s tip</h4>
          <p>{exercise.tip}</p>
        </div>
      </section>
      <section className="safety" aria-labelledby="safety-heading">
        <h3 id="safety-heading">Stay safe</h3>
        <ul>
          {exercise.safety.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
      {exercise.variations.length > 0 && (
        <section className="variations" aria-labelledby="variations-heading">
          <h3 id="variations-heading">Variations</h3>
          <ul>
            {exercise.variations.map((v) => (
              <li key={v.name}>
                <span className={`tag tag--${v.kind}`}>{KIND_LABELS[v.kind]}</span> <strong>{v.name}</strong>
                <p>{v.description}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
