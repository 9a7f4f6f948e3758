import { AppError } from '../util/app-error';

/** Why a nätverksfil was refused: a machine-readable code and a Swedish message naming the file and the place. */
export type NetworkFileErrorCode =
  | 'network_file.too_large'
  | 'network_file.not_json'
  | 'network_file.wrong_format'
  | 'network_file.newer_version'
  | 'network_file.bad_field'
  | 'network_file.unknown_field'
  | 'network_file.too_many_items'
  | 'network_file.duplicate_item'
  | 'network_file.bad_checksum';

export class NetworkFileError extends AppError {
  override name = 'NetworkFileError';
  constructor(
    override readonly code: NetworkFileErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
