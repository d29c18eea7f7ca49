import { Cubit } from 'admin-bloc';
import type { CsvPreview } from './csv.js';
import { readUsersCsv } from './read-users-csv.js';

/**
 * The import dialog's own steps before the bloc's bulk job takes over: choose a file, read and validate it, show
 * the preview. (`job`: the UserImportBloc's `bulkInsert` is what the dialog shows from then on.)
 */
export interface CsvImportState {
  readonly open: boolean;
  readonly step: 'choose' | 'reading' | 'preview' | 'job';
  readonly fileName: string | null;
  readonly preview: CsvPreview | null;
}

const closed: CsvImportState = { open: false, step: 'choose', fileName: null, preview: null };

export class CsvImportCubit extends Cubit<CsvImportState> {
  private readonly read: (file: Blob) => Promise<CsvPreview>;

  /**
   * `read`: how a chosen file becomes its preview (`readUsersCsv` by default: in a worker where there is one).
   * `pause`: where the file is read on the page, how it gives the page its turn between slices of rows (a
   * macrotask by default).
   */
  constructor(options: { read?: (file: Blob) => Promise<CsvPreview>; pause?: () => Promise<void> } = {}) {
    super(closed);
    const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    this.read = options.read ?? ((file) => readUsersCsv(file, { pause }));
  }

  opened(): void {
    this.emit({ ...closed, open: true });
  }

  async fileChosen(file: File): Promise<void> {
    this.emit({ ...this.state, step: 'reading', fileName: file.name, preview: null });
    const preview = await this.read(file);
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
