import type { CaptureSettings } from '@aquarium/shared';
import { useId, useState } from 'react';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';

/** A checkbox for one capture setting of the session (facilitators only); it flips at once, the server confirms. */
type OnOffSetting = {
  [K in keyof CaptureSettings]-?: CaptureSettings[K] extends boolean ? K : never;
}[keyof CaptureSettings];

export const SettingToggle = ({ setting, label }: { setting: OnOffSetting; label: string }) => {
  const id = useId();
  const on = useStore((s) => s.session?.settings[setting] ?? false);
  const [asked, setAsked] = useState<boolean | null>(null);
  return (
    <div className="setting-toggle">
      <input
        id={id}
        type="checkbox"
        checked={asked ?? on}
        onChange={(e) => {
          const value = e.target.checked;
          setAsked(value);
          void sendCommand('settings:update', { [setting]: value }).finally(() => setAsked(null));
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
};
