import { Cubit } from 'admin-bloc';
import { type CsvPreview, decodeCsvBytes, parseUsersCsvInSlices } from './csv.js';

/**
 * The import dialog's own steps before the bloc's bulk job takes over: choose a file, read and validate it, show
 * the preview. (`job`: the UserListBloc's `bulkInsert` is what the dialog shows from then on.)
 */
export interface CsvImportState {
  readonly open: boolean;
  readonly step: 'choose' | 'reading' | 'preview' | 'job';
  readonly fileName: string | null;
  readonly preview: CsvPreview | null;
}

const closed: CsvImportState = { open: false, step: 'choose', fileName: null, preview: null };

export class CsvImportCubit extends Cubit<CsvImportState> {
  private readonly pause: () => Promise<void>;

  /** `pause`: how reading a large file gives the page its turn between slices of rows (a macrotask by default). */
  constructor(options: { pause?: () => Promise<void> } = {}) {
    super(closed);
    this.pause = options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  opened(): void {
    this.emit({ ...closed, open: true });
  }

  async fileChosen(file: File): Promise<void> {
    this.emit({ ...this.state, step: 'reading', fileName: file.name, preview: null });
    // Read as bytes, not `file.text()`: that assumes UTF-8 and would garble a Windows-1252 export.
    const bytes = await file.arrayBuffer();
    if (this.isClosed || this.state.fileName !== file.name) return;
    const preview = await parseUsersCsvInSlices(decodeCsvBytes(bytes), this.pause);
    if (this.isClosed || this.state.fileName !== file.name) return;
    this.emit({ ...this.state, step: 'preview', preview });
  }

  jobStarted(): void {
    this.emit({ ...this.state, step: 'job' });
  }

  closedDialog(): void {
    this.emit(closed);
  }
}
