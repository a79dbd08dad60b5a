/* Live alerts: each change of an alert about one of the user's sites arrives over the Faces websocket "alerts"
   (opened, reminder, resolved); it shows as a toast, and the bell fetches its count again. */
var EtAlerts = {
  severities: { info: "info", warning: "warn", critical: "error" },
  open: false,
  opened: function () {
    EtAlerts.open = true;
  },
  toast: function (message) {
    var texts = document.getElementById("alert-texts");
    PF("alertToasts").show([{
      summary: texts.getAttribute("data-" + message.kind) + " · " + message.headline,
      detail: message.message,
      severity: message.kind === "resolved" ? "info" : (EtAlerts.severities[message.severity] || "info")
    }]);
    etAlertsRefresh();
  }
};
