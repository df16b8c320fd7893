import { networks, type NetworkId } from '../../networks';
import type { EffectiveSettings } from '../../storage';
import { DefaultNote } from './OrganisationNote';

const SITES = networks.map((spec) => ({ site: spec.id as NetworkId, label: spec.label }));

/** Per-site on/off. Takes effect at once: the content script listens to storage changes. */
export function SiteToggles({ effective, onChange, idPrefix }: { effective: EffectiveSettings; onChange: (site: NetworkId, enabled: boolean) => void; idPrefix: string }) {
  return (
    <fieldset class="site-toggles">
      <legend>Coach me on</legend>
      {SITES.map(({ site, label }) => {
        const inputId = `${idPrefix}-site-${site}`;
        const noteId = `${inputId}-note`;
        const fromDefault = effective.fromOrganisationDefaults.includes(`sites.${site}`);
        return (
          <div class="check" key={site}>
            <input
              type="checkbox"
              id={inputId}
              data-testid={`site-${site}`}
              checked={effective.sites[site]}
              aria-describedby={fromDefault ? noteId : undefined}
              onChange={(event) => onChange(site, event.currentTarget.checked)}
            />
            <label for={inputId}>{label}</label>
            {fromDefault && <DefaultNote id={noteId} />}
          </div>
        );
      })}
    </fieldset>
  );
}
