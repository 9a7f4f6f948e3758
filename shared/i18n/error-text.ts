import { toErrorData, type ErrorData } from '../util/app-error';
import { translate, type Lang, type MessageKey } from './i18n';

/**
 * What the user reads for an error, in the user's language (issue 18 item 6).
 * Swedish: the message written where the error arose, which names the file,
 * sheet and cell. English: the code's text with its parameters and the place,
 * then the Swedish detail, so nothing the Swedish message says is lost.
 * An unexpected error has only its own message.
 */
export function errorText(error: unknown, lang: Lang): string {
  const data: ErrorData = isData(error) ? error : toErrorData(error);
  if (data.code === 'unexpected')
    return translate(lang, 'error.generic', { message: data.message });
  if (lang === 'sv') return data.message;
  const { sheet, cell } = data.params;
  const place =
    sheet !== undefined && cell !== undefined
      ? ` ${translate(lang, 'error.place', { sheet, cell })}`
      : sheet !== undefined
        ? ` ${translate(lang, 'error.placeSheet', { sheet })}`
        : '';
  const text = translate(lang, `error.code.${data.code}` as MessageKey, data.params) + place;
  return `${text} ${translate(lang, 'error.detailSv', { detail: data.message })}`;
}

const isData = (v: unknown): v is ErrorData =>
  !!v && typeof v === 'object' && !(v instanceof Error) && 'code' in v && 'message' in v;
