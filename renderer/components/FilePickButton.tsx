import { useRef } from 'react';
import { Icon } from './Icon';

type Props = Readonly<{
  /** What the button does, in the app's language ("Välj fil med egna variabler …"). */
  label: string;
  /** File types offered, as for a file input (".csv,.xlsx"). */
  accept: string;
  onFile: (file: File) => void;
}>;

/**
 * A file field as the app's own button: the browser's native file input
 * shows its own English "Choose File" and no file name we control, so it
 * stays hidden and the button opens its picker.
 */
export function FilePickButton({ label, accept, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        <Icon name="file" />
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared at once, so picking the same file again is a change too.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
