import { insertReply } from '../../../utils/insertion/insert-reply';

declare global {
  interface Window {
    replyloopInsert: typeof insertReply;
  }
}

/** ReplyLoop's insertion, loaded beside a real editor for the matrix test. */
window.replyloopInsert = insertReply;
