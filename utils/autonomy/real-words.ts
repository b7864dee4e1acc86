/**
 * Real words one typo away from a keyword: they are read as themselves,
 * never as the keyword ("policy" is not a misspelt "police", "playing" not
 * "paying"). Produced by running every single-word keyword over the words
 * heard at least 20 times in the SUBTLEX-US film-subtitle corpus (51 million
 * words) and keeping the fuzzy matches, less the keywords' own inflections
 * ("persons", "courts") and "manger", far more often a misspelt "manager" in
 * support mail than a crib. Rerun that check after adding a keyword.
 */
export const REAL_WORDS: ReadonlySet<string> = new Set([
  'adder', 'advocate', 'aided', 'aiding', 'balled', 'balling', 'balls', 'bells', 'billy', 'bulls', 'calming',
  'carbs', 'cares', 'carts', 'casts', 'charles', 'charmed', 'charming', 'charred', 'cheng', 'ching', 'chose',
  'chung', 'clang', 'clanging', 'clone', 'cloned', 'cloning', 'closer', 'closet', 'clove', 'coats', 'colts',
  'contract', 'contracted', 'contracting', 'contraction', 'contractions', 'contracts', 'cords', 'costa', 'count',
  'delta', 'depleted', 'dismount', 'easing', 'employed', 'eraser', 'factor', 'factories', 'factors', 'factory',
  'fatter', 'fracture', 'fractured', 'fractures', 'fraid', 'frail', 'heman', 'humane', 'layer', 'layers', 'logan',
  'logic', 'monkey', 'mopey', 'mosey', 'motif', 'overlay', 'pacing', 'pagan', 'pager', 'pages', 'paging', 'papal',
  'paper', 'parson', 'pavement', 'paving', 'pawing', 'persona', 'player', 'playing', 'polices', 'policy', 'polite',
  'prayer', 'praying', 'preppy', 'pride', 'prides', 'prime', 'primed', 'primo', 'prince', 'princes', 'prize',
  'prized', 'prizes', 'proceed', 'prying', 'reception', 'recover', 'recovers', 'rectory', 'reich', 'relate',
  'related', 'relates', 'relay', 'relayed', 'relays', 'renovation', 'renovations', 'replay', 'replica', 'reply',
  'resection', 'resent', 'resented', 'resenting', 'resentment', 'resents', 'resort', 'restart', 'rested', 'resting',
  'rests', 'roach', 'roaches', 'sling', 'sneak', 'sneaked', 'sneaker', 'sneakers', 'sneaking', 'sneaks', 'sneaky',
  'snitch', 'snitched', 'snitches', 'snitching', 'speck', 'steak', 'steaks', 'stiff', 'sting', 'stitch', 'stitched',
  'stitches', 'stitching', 'stuff', 'swatches', 'swing', 'takes', 'tales', 'tapes', 'taxis', 'thrift', 'unlucky',
  'unsaid',
]);
