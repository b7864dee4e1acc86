import { register } from '../harness';
import { mountLexical } from '../lexical-page';

/** Lexical with @lexical/plain-text: one paragraph, line breaks inside it. */
register((host) => mountLexical(host, 'plain'));
