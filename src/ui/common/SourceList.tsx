import { REFERENCES, type ReferenceId } from '../../domain/content/references';
import { hostOf } from './hostOf';

interface Props {
  refs: readonly ReferenceId[];
  /** Text of the toggle that reveals the list. */
  summary?: string;
}

/** Sources on demand: a closed disclosure that lists each reference with its link. */
export function SourceList({ refs, summary = 'Sources' }: Props) {
  if (refs.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {summary} ({refs.length})
      </summary>
      <ul>
        {refs.map((id) => {
          const ref = REFERENCES[id];
          return (
            <li key={id}>
              {ref.citation}
              {'url' in ref && ref.url && (
                <>
                  {' '}
                  <a href={ref.url} target="_blank" rel="noreferrer">
                    {hostOf(ref.url)}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
