/* The phone layout's menu button: opens and closes the pages of the top menu. */
var EtNav = {
  toggle: function (button) {
    var bar = button.closest('.topbar');
    var open = bar.classList.toggle('nav-open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
};
