import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Message = Readonly<{ kind: 'info' | 'error'; text: string }>;
type Messages = Readonly<{ message: Message | null; show: (message: Message | null) => void }>;

const MessageContext = createContext<Messages | null>(null);

/** One line of feedback after an action (saved, opened, refused …), read out by screen readers. */
export function MessageProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [message, show] = useState<Message | null>(null);
  const value = useMemo(() => ({ message, show }), [message]);
  return <MessageContext.Provider value={value}>{children}</MessageContext.Provider>;
}

export function useMessages(): Messages {
  const value = useContext(MessageContext);
  if (!value) throw new Error('useMessages outside MessageProvider');
  return value;
}
