/* Live device cards: the server pushes the devices' latest readings over the Faces websocket "readings",
   a list of them in each message. */
var EtDashboard = {
  readings: function (messages) {
    messages.forEach(EtDashboard.reading);
  },
  reading: function (message) {
    var card = document.getElementById("device-" + message.row);
    if (!card) {
      return;
    }
    var lang = document.documentElement.lang || undefined;
    var zone = card.parentElement.getAttribute("data-zone") || undefined;
    if (message.power_w !== null && message.power_w !== undefined) {
      card.querySelector(".power-value").textContent =
        new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(message.power_w);
    }
    card.querySelector(".last-seen").textContent =
      new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date());
    var status = card.querySelector(".device-status");
    status.textContent = status.getAttribute("data-online");
    card.classList.remove("is-offline");
    card.classList.add("is-online");
    card.classList.remove("flash");
    void card.offsetWidth;
    card.classList.add("flash");
  }
};
