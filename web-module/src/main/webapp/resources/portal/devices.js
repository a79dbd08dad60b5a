/* Copies an element's text; where the clipboard is unavailable (no secure context, denied), selects it instead. */
function devicesCopy(sourceId, button) {
    var source = document.getElementById(sourceId);
    var label = button.querySelector('.ui-button-text');
    var original = label.textContent;
    function say(text) {
        label.textContent = text;
        setTimeout(function () { label.textContent = original; }, 2500);
    }
    function select() {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        say(button.getAttribute('data-select'));
    }
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(function () { say(button.getAttribute('data-copied')); }, select);
    } else {
        select();
    }
}
