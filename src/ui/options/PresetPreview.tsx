import { useMemo, useState } from 'preact/hooks';
import { score, type Axis, type Preset, type Report } from '../../engine';
import { composerLabel } from '../../networks';
import { scoreContextFor } from '../../presets/limits';
import { bandFor } from '../panel/Panel';
import { LIMIT_COMPOSERS } from './preset-form';

export const SAMPLE_POST =
  "We're thrilled to announce our new loyalty app! Download now and utilize exclusive deals. Limited time only!!! #sale #deals #app";

const AXIS_LABEL: Record<Axis, string> = { reciprocity: 'Reciprocity', voice: 'Voice' };
const BAND_WORDS = { good: 'Good', fair: 'Could be better', poor: 'Needs work' } as const;

/** Scores a sample post with the preset being edited, on every change, right in the page. */
export function PresetPreview({ preset, stale }: { preset: Preset; stale: boolean }) {
  const [sample, setSample] = useState(SAMPLE_POST);
  const [where, setWhere] = useState(0);
  // A scoring failure must cost the preview, not the whole options page.
  const outcome = useMemo((): { report: Report } | { error: string } => {
    try {
      const { network, kind } = LIMIT_COMPOSERS[where] ?? LIMIT_COMPOSERS[0]!;
      return { report: score(sample, preset, scoreContextFor(preset, network, kind)) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [sample, preset, where]);

  return (
    <section class="preview" aria-labelledby="preview-title" data-testid="preview">
      <h3 id="preview-title">Live preview</h3>
      <div class="field">
        <label for="preview-sample">Sample post</label>
        <textarea id="preview-sample" rows={4} value={sample} onInput={(event) => setSample(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="preview-network">Network</label>
        <select id="preview-network" value={String(where)} onChange={(event) => setWhere(Number(event.currentTarget.value))}>
          {LIMIT_COMPOSERS.map(({ network, kind }, index) => (
            <option key={`${network}.${kind}`} value={String(index)}>
              {composerLabel(network, kind)}
            </option>
          ))}
        </select>
      </div>
      {stale && (
        <p class="status error" role="status">
          The form has problems; the preview uses the last valid version.
        </p>
      )}
      {'error' in outcome ? (
        <p class="status error" role="alert">
          The preview could not score this sample: {outcome.error}
        </p>
      ) : (
        <PreviewReport report={outcome.report} preset={preset} />
      )}
    </section>
  );
}

function PreviewReport({ report, preset }: { report: Report; preset: Preset }) {
  if (report.status !== 'scored') {
    return (
      <p class="preview-declined" data-testid="preview-declined">
        {report.message}
      </p>
    );
  }
  const issues = report.hints.filter((hint) => hint.kind === 'issue').sort((a, b) => a.impact - b.impact);
  const strengths = report.hints.filter((hint) => hint.kind === 'strength');
  return (
    <>
      <div class="preview-scores" aria-live="polite">
        {(['reciprocity', 'voice'] as const).map((axis) => {
          const band = bandFor(report[axis], preset.thresholds[axis]);
          return (
            <div key={axis} class={`preview-score band-${band}`}>
              <span class="preview-axis">{AXIS_LABEL[axis]}</span>{' '}
              <span class="preview-value" data-testid={`preview-score-${axis}`}>
                {report[axis]}
              </span>{' '}
              <span class="preview-band">{BAND_WORDS[band]}</span>
            </div>
          );
        })}
      </div>
      <ul class="preview-hints" data-testid="preview-hints">
        {[...issues, ...strengths].map((hint, index) => (
          <li key={`${index}:${hint.rule}`} class={`kind-${hint.kind}`} data-rule={hint.rule}>
            {hint.message}
            {hint.replacement !== undefined && hint.replacement !== '' && <span class="preview-fix"> → {hint.replacement}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
