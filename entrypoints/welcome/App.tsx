// Welcome page container: reads the shortcuts from the browser (so they are the ones in force,
// including any the user changed) and marks the sample passages with the real glossary.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { attachTermMarks, canHighlight, type TermMarks } from '../../components/term-marks.ts';
import { type Shortcut, WelcomeView } from '../../components/welcome/WelcomeView.tsx';
import { sendToBackground } from '../../lib/messaging.ts';
import { SAMPLE } from '../../lib/welcome-sample.ts';

async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  // Chrome lists the action's own command (_execute_action) too; it has no shortcut by default
  // and opening the popup is described in "where things are".
  return commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({
      name: c.name as string,
      description: c.description ?? '',
      keys: c.shortcut ?? '',
    }));
}

export function App() {
  const sampleRef = useRef<HTMLDivElement>(null);
  const marks = useRef<TermMarks | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [marksHidden, setMarksHidden] = useState(false);
  const canMark = canHighlight();

  useEffect(() => {
    void readShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, []);

  useEffect(() => {
    const root = sampleRef.current;
    if (!root || !canMark) return;
    let cancelled = false;
    // The background holds the match index in memory (as for the glossary's reader).
    void sendToBackground({ type: 'glossary/index' }).then((index) => {
      if (cancelled) return;
      marks.current = attachTermMarks(root, index, {
        openTerm: (id) => void sendToBackground({ type: 'ui/open', page: 'glossary', id }),
        // "Off on this site" has no site here: it hides the sample's marks, with a way back.
        hideMarks: () => {
          marks.current?.setVisible(false);
          setMarksHidden(true);
        },
      });
    });
    return () => {
      cancelled = true;
      marks.current?.destroy();
      marks.current = null;
    };
  }, [canMark]);

  return (
    <WelcomeView
      sample={SAMPLE}
      sampleRef={sampleRef}
      canMark={canMark}
      marksHidden={marksHidden}
      onShowMarks={() => {
        marks.current?.setVisible(true);
        setMarksHidden(false);
      }}
      shortcuts={shortcuts}
      iconUrl={browser.runtime.getURL('/icon/128.png')}
    />
  );
}
