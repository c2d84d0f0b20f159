import { ABOUT, BENEFITS, FAQ, PAIN_FREE_HABITS, WARM_UP_NOTE } from '../../domain/content/guidance';
import { useShortcutsDialog } from '../../state/shortcutsDialogStore';
import { MedicalNotice } from '../common/MedicalNotice';
import { ReferenceList } from './ReferenceList';

/** What Lumbar Lab is, training advice, common questions and every source. */
export function AboutTab() {
  return (
    <article className="about" aria-labelledby="about-heading">
      <h2 id="about-heading" className="section-title">
        About Lumbar Lab
      </h2>
      <p>{ABOUT}</p>
      <MedicalNotice full />
      <details className="about__more">
        <summary>Why train your lower back</summary>
        {BENEFITS.map((b) => (
          <div key={b.title}>
            <h3>{b.title}</h3>
            <p>{b.body}</p>
          </div>
        ))}
      </details>
      <details className="about__more">
        <summary>Habits for pain-free training</summary>
        {[...PAIN_FREE_HABITS, WARM_UP_NOTE].map((h) => (
          <div key={h.title}>
            <h3>{h.title}</h3>
            <p>{h.body}</p>
          </div>
        ))}
      </details>
      <details className="about__more">
        <summary>Common questions</summary>
        {FAQ.map((q) => (
          <div key={q.question}>
            <h3>{q.question}</h3>
            <p>{q.answer}</p>
          </div>
        ))}
      </details>
      <p>
        <button type="button" className="link-button" onClick={() => useShortcutsDialog.getState().setOpen(true)}>
          Keyboard shortcuts
        </button>
      </p>
      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <ReferenceList />
      </section>
    </article>
  );
}
