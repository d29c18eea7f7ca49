import { Cubit } from 'admin-bloc';
import type { CsvPreview } from './csv.js';
import { readUsersCsv } from './read-users-csv.js';

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
  private readonly read: (bytes: ArrayBuffer) => Promise<CsvPreview>;

  /**
   * `read`: how a file's bytes become its preview (`readUsersCsv` by default: in a worker where there is one).
   * `pause`: where the file is read on the page, how it gives the page its turn between slices of rows (a
   * macrotask by default).
   */
  constructor(options: { read?: (bytes: ArrayBuffer) => Promise<CsvPreview>; pause?: () => Promise<void> } = {}) {
    super(closed);
    const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    this.read = options.read ?? ((bytes) => readUsersCsv(bytes, { pause }));
  }

  opened(): void {
    this.emit({ ...closed, open: true });
  }

  async fileChosen(file: File): Promise<void> {
    this.emit({ ...this.state, step: 'reading', fileName: file.name, preview: null });
    // Read as bytes, not `file.text()`: that assumes UTF-8 and would garble a Windows-1252 export.
    const bytes = await file.arrayBuffer();
    if (this.isClosed || this.state.fileName !== file.name) return;
    const preview = await this.read(bytes);
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
