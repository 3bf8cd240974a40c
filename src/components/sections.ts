/**
 * The sections below the answer that the page's short cuts go to (JumpLinks): their element ids, in one place.
 * Not fragment links: the address's fragment is where a share link travels.
 */
export const COMPARE_ID = 'compare-scenarios';
export const QUESTIONS_ID = 'questions-for-the-board';
