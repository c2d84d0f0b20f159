import { REFERENCES, type Reference } from '../../domain/content/references';
import { hostOf } from '../common/hostOf';

const ENTRIES = Object.entries(REFERENCES) as [string, Reference][];

/** Every source the app cites: citation, what it is used for, and a link where there is one. */
export function ReferenceList() {
  return (
    <ol className="references">
      {ENTRIES.map(([id, ref]) => (
        <li key={id} id={`ref-${id}`}>
          <p className="references__citation">
            {ref.citation}
            {ref.fromArticle && <span className="tag">cited by the article</span>}
            {ref.uncertain && <span className="tag tag--estimate">use with care</span>}
          </p>
          {ref.note && <p className="references__note">{ref.note}</p>}
          {ref.url && (
            <a href={ref.url} target="_blank" rel="noreferrer">
              {hostOf(ref.url)}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
