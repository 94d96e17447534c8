// Validates every built page (tests/content/built-site.test.ts). Each rule turned off says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Phone numbers keep their plain ASCII hyphens so they copy, paste and search exactly as written;
    // CSS (white-space: nowrap on tel: links) keeps them from wrapping instead.
    'tel-non-breaking': 'off',
    // A group of checkboxes sharing one name is how HTML sends a multiple choice; radios already may.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
