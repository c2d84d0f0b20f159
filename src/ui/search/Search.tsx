import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { usePanelStore } from '../../state/panelStore';
import { useSelectionStore } from '../../state/selectionStore';
import { Icon } from '../common/Icon';
import { openExercise } from '../openExercise';
import { searchEntries, type SearchEntry } from './searchIndex';

/** The id of the search box, so the "/" shortcut can focus it. */
export const SEARCH_INPUT_ID = 'search-input';

function pick(entry: SearchEntry) {
  if (entry.kind === 'exercise') {
    openExercise(entry.key);
  } else {
    useSelectionStore.getState().select(entry.key, { focus: true });
    usePanelStore.getState().setTab('anatomy');
  }
}

/** Finds an exercise or a body part by name; arrow keys move through the results, Enter picks. */
export function Search() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchEntries(query), [query]);
  const listId = useId();
  const open = query.trim() !== '';
  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    pick(entry);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && results.length > 0) {
      e.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length > 0) {
      e.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      // Esc here only clears the box; it must not also clear the selection.
      e.stopPropagation();
      if (query) setQuery('');
      else e.currentTarget.blur();
    }
  };
  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search exercises and body parts
      </label>
      <Icon name="search" size={16} />
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search exercises and body parts"
        aria-keyshortcuts="/"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search__results"
        hidden={!open || results.length === 0}
      >
        {results.map((entry, i) => (
          <li
            key={`${entry.kind}-${entry.key}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search__option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(entry)}
          >
            <span>{entry.name}</span>
            <span className="search__hint">{entry.hint}</span>
          </li>
        ))}
      </ul>
      {open && results.length === 0 && (
        <p className="search__empty" role="status">
          Nothing found for “{query.trim()}”.
        </p>
      )}
    </div>
  );
}
