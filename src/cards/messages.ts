import { CardFactory, MessageFactory, type Activity } from 'botbuilder';

/** Plain text: Teams renders it as typed, so names and notes cannot inject markdown or mentions. */
export function plain(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), textFormat: 'plain' };
}

export function cardMessage(card: object): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}
