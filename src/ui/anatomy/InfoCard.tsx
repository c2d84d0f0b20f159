import { useEffect, useRef } from 'react';
import { muscleInfo, structureRefs, type StructureCard } from '../../domain/anatomy';
import { isMuscleId } from '../../domain/anatomy/ids';
import { exercisesForMuscle } from '../../domain/content/exercisesForMuscle';
import { useSelectionStore } from '../../state/selectionStore';
import { Icon } from '../common/Icon';
import { SourceList } from '../common/SourceList';
import { formatPercent, ROLE_LABELS } from '../format';
import { openExercise } from '../openExercise';
import { cardFor, MUSCLE_GROUP_LABELS } from './structureLabel';

/** The small line above the name: what kind of structure this is. */
function kindLine(card: StructureCard): string {
  switch (card.kind) {
    case 'vertebra':
      return `Lumbar vertebra · level ${card.id}`;
    case 'disc':
      return `Intervertebral disc · between ${card.id.replace('-', ' and ')}`;
    case 'bone':
      return 'Bone';
    case 'muscle':
      return isMuscleId(card.id) ? `Muscle · ${MUSCLE_GROUP_LABELS[muscleInfo(card.id).group]}` : 'Muscle';
  }
}

function ExercisesThatLoad({ card }: { card: StructureCard }) {
  if (!isMuscleId(card.id)) return null;
  const uses = exercisesForMuscle(card.id);
  if (uses.length === 0) return <p className="muted">None of our exercises loads this muscle much.</p>;
  return (
    <section aria-labelledby="loads-heading">
      <h3 id="loads-heading">Exercises that load it</h3>
      <ul className="load-links">
        {uses.map(({ exercise, load }) => (
          <li key={exercise.id}>
            <button type="button" className="load-link" onClick={() => openExercise(exercise.id)}>
              <span className="load-link__name">{exercise.name}</span>
              <span className="load-link__meta">
                {ROLE_LABELS[load.role]} · {formatPercent(load.load)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Props {
  /** The selection key, e.g. "L3" or "multifidus_left". */
  selectionKey: string;
}

/** What a picked structure is, what it does, its figures with sources, and the exercises that train it. */
export function InfoCard({ selectionKey }: Props) {
  const found = cardFor(selectionKey);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Focus follows the card only when it was lost (the control that chose the structure went away).
    if (document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
  }, [selectionKey]);
  const close = (
    <button
      type="button"
      className="icon-button info-card__close"
      aria-label="Close the card"
      onClick={() => useSelectionStore.getState().select(null)}
    >
      <Icon name="close" />
    </button>
  );
  if (!found) {
    return (
      <section className="card info-card" aria-label="About this part">
        {close}
        <p>We don’t have a card for this part yet.</p>
      </section>
    );
  }
  const { card, side } = found;
  return (
    <section className="card info-card" aria-labelledby="info-heading" data-testid="info-card">
      <header className="info-card__head">
        <p className="eyebrow">{kindLine(card)}</p>
        <h2 id="info-heading" ref={heading} tabIndex={-1}>
          {card.name}
          {side && <span className="info-card__side"> · {side} side</span>}
        </h2>
        {close}
      </header>
      <p>{card.summary}</p>
      {card.features.length > 0 && (
        <>
          <h3>How to recognise it</h3>
          <ul className="bullets">
            {card.features.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      )}
      {card.facts.length > 0 && (
        <dl className="facts">
          {card.facts.map((fact) => (
            <div key={fact.label} className="facts__row">
              <dt>{fact.label}</dt>
              <dd>
                {fact.value}
                {fact.estimate && <span className="tag tag--estimate">estimate</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.disagreement && (
        <p className="note">
          <strong>Where sources differ. </strong>
          {card.disagreement}
        </p>
      )}
      {card.articleNote && (
        <p className="note">
          <strong>In the source article. </strong>
          {card.articleNote}
        </p>
      )}
      <ExercisesThatLoad card={card} />
      <SourceList refs={structureRefs(card.id)} />
    </section>
  );
}
