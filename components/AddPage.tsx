// The popup's "Add this page to my documents": one button, then what happened — the title it
// was added under with a link to read it, or why it was not added (role=alert).
import { t } from '../lib/i18n.ts';

export type AddPageState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'added'; title: string; href: string }
  | { kind: 'failed'; reason: string };

export interface AddPageProps {
  state: AddPageState;
  disabled: boolean;
  onAdd(): void;
  onOpen(href: string): void;
}

export function AddPage({ state, disabled, onAdd, onOpen }: AddPageProps) {
  return (
    <div class="add-page">
      <button
        type="button"
        class="link"
        disabled={disabled || state.kind === 'busy'}
        onClick={onAdd}
      >
        {t('popupAddPage')}
      </button>
      {state.kind === 'failed' ? (
        <p class="add-page-status error" role="alert">
          {state.reason}
        </p>
      ) : (
        <p class="add-page-status" role="status">
          {state.kind === 'added' && (
            <>
              {t('popupAddPageDone', state.title)}{' '}
              <a
                href={state.href}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(state.href);
                }}
              >
                {t('popupAddPageOpen')}
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
