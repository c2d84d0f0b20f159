import { REFERENCES } from '../../domain/content/references';
import type { Provenance } from '../../domain/content/types';

interface Props {
  source: Provenance;
}

/** Says whether a load figure is cited or our estimate, and shows the citation or the reasoning on demand. */
export function LoadSource({ source }: Props) {
  if (source.kind === 'estimate') {
    return (
      <details className="load-source load-source--estimate">
        <summary>Estimate</summary>
        <p>{source.reasoning}</p>
      </details>
    );
  }
  const ref = REFERENCES[source.ref];
  return (
    <details className="load-source load-source--cited">
      <summary>Cited</summary>
      <p>{source.detail}</p>
      <p className="load-source__ref">
        {ref.citation}
        {'url' in ref && ref.url && (
          <>
            {' '}
            <a href={ref.url} target="_blank" rel="noreferrer">
              Read the study
            </a>
          </>
        )}
      </p>
    </details>
  );
}
