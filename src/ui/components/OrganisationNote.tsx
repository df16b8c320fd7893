// The two ways the organisation's policy can touch a setting, worded the same on every page.

export const LOCKED_TEXT = 'Set by your organisation';
export const DEFAULT_TEXT = "Your organisation's default; you can change it";

/** Marks a control the user cannot change. Give its id to the control's aria-describedby. */
export function LockedNote({ id, detail }: { id: string; detail?: string }) {
  return (
    <span class="org-note locked" id={id} data-testid="locked-note">
      {LOCKED_TEXT}
      {detail ? ` (${detail})` : ''}
    </span>
  );
}

/** Marks a value that came from the organisation's defaults. */
export function DefaultNote({ id }: { id: string }) {
  return (
    <span class="org-note default" id={id} data-testid="default-note">
      {DEFAULT_TEXT}
    </span>
  );
}
