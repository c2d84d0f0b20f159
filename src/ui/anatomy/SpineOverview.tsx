import { LUMBAR_SPINE } from '../../domain/anatomy';
import { SourceList } from '../common/SourceList';

/** The lumbar spine as a whole, shown before any single part is picked. */
export function SpineOverview() {
  const refs = [...new Set(LUMBAR_SPINE.facts.flatMap((f) => f.refs))];
  return (
    <section className="card overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{LUMBAR_SPINE.name}</h2>
      <p>{LUMBAR_SPINE.summary}</p>
      <dl className="facts">
        {LUMBAR_SPINE.facts.map((fact) => (
          <div key={fact.label} className="facts__row">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <SourceList refs={refs} />
      <p className="hint">Click or tap any part of the model to learn about it, or pick one from the list below.</p>
    </section>
  );
}
