// Glossary packs' container: export my terms to a JSON file, read a pack file, preview it
// against my terms and the built-in glossary, apply it in one transaction.
import { useState } from 'preact/hooks';
import { PackPanel, type PackState } from '../../components/my-terms/PackPanel.tsx';
import type { PolicyDatabase } from '../../lib/db.ts';
import type { UserDocument } from '../../lib/documents/types.ts';
import { t } from '../../lib/i18n.ts';
import { announceMyTermsChanged } from '../../lib/my-glossary/announce.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import {
  checkPackSize,
  exportPack,
  type PackDocument,
  type PackError,
  parsePack,
} from '../../lib/my-glossary/pack.ts';
import { previewPack } from '../../lib/my-glossary/preview.ts';
import { applyPack } from '../../lib/my-glossary/store.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { downloadText } from '../../lib/ui/download.ts';
import { reasonOf } from './Library.tsx';

export interface PacksProps {
  db: PolicyDatabase;
  terms: MyTerm[];
  docs: UserDocument[];
  ownerOf: OwnerOf;
}

export function Packs({ db, terms, docs, ownerOf }: PacksProps) {
  const [state, setState] = useState<PackState>({ kind: 'idle' });
  const [withDocuments, setWithDocuments] = useState(false);
  const [updateChanged, setUpdateChanged] = useState(false);

  const onFile = async (file: File) => {
    setUpdateChanged(false);
    const refuse = (error: PackError) =>
      setState({ kind: 'error', fileName: file.name, message: packErrorText(error) });
    // Refused by its size before a byte is read.
    const size = checkPackSize(file.size);
    if (size) return refuse(size);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({ kind: 'error', fileName: file.name, message: reasonOf(error) });
      return;
    }
    const parsed = parsePack(text);
    if (!parsed.ok) return refuse(parsed.error);
    const builtIn = (form: string) => {
      const owner = ownerOf(form);
      return owner?.kind === 'built-in' ? owner.id : null;
    };
    setState({
      kind: 'preview',
      fileName: file.name,
      preview: previewPack(parsed.pack, terms, builtIn),
    });
  };

  const onApply = async () => {
    if (state.kind !== 'preview') return;
    try {
      const result = await applyPack(db, state.preview, { updateChanged });
      await announceMyTermsChanged();
      setState({ kind: 'applied', ...result });
    } catch (error) {
      setState({ kind: 'error', fileName: state.fileName, message: reasonOf(error) });
    }
  };

  return (
    <PackPanel
      count={terms.length}
      state={state}
      withDocuments={withDocuments}
      updateChanged={updateChanged}
      onWithDocuments={setWithDocuments}
      onUpdateChanged={setUpdateChanged}
      onExport={() => download(terms, withDocuments ? documentsOf(terms, docs) : [])}
      onFile={(file) => void onFile(file)}
      onApply={() => void onApply()}
      onCancel={() => setState({ kind: 'idle' })}
    />
  );
}

export function packErrorText(error: PackError): string {
  switch (error.code) {
    case 'too-large':
      return t('packErrorTooLarge', String(Math.ceil(error.bytes / 1024 / 1024)));
    case 'not-json':
      return t('packErrorNotJson');
    case 'foreign':
      return t('packErrorForeign');
    case 'newer':
      return t('packErrorNewer', error.version);
    case 'invalid':
      return t('packErrorInvalid', error.detail);
    case 'duplicate':
      return t('packErrorDuplicate', error.term);
  }
}

/** The metadata of the documents my terms' sentences come from (never their text). */
function documentsOf(terms: MyTerm[], docs: UserDocument[]): PackDocument[] {
  const used = new Set(terms.flatMap((term) => term.sources.map((s) => s.doc)));
  return docs
    .filter((d) => used.has(d.id))
    .map(({ id, title, issuer, date, docNumber, source }) => ({
      id,
      title,
      issuer,
      date,
      docNumber,
      source,
    }));
}

function download(terms: MyTerm[], documents: PackDocument[]): void {
  const pack = exportPack(terms, { documents });
  const name = `my-glossary-${new Date().toISOString().slice(0, 10)}.json`;
  downloadText(name, 'application/json', JSON.stringify(pack, null, 2));
}
