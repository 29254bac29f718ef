// A one-line message in place of a view: loading, not found, an error.
import { t } from '../../lib/i18n.ts';

export interface MessageProps {
  text: string;
  role?: 'alert' | 'status';
  /** Give the page a heading and a way back (for addresses that lead nowhere). */
  heading?: boolean;
}

export function Message({ text, role, heading }: MessageProps) {
  return (
    <div class="message">
      {heading && <h1 tabIndex={-1}>{t('glossaryNothingHere')}</h1>}
      <p role={role}>{text}</p>
      {heading && (
        <p>
          <a href="#/">{t('glossaryBackHome')}</a>
        </p>
      )}
    </div>
  );
}
