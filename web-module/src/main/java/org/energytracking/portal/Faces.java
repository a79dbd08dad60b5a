package org.energytracking.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.energytracking.identity.entity.ClientInfo;
import org.energytracking.kernel.Problem;

/** The few things every portal view does with Faces: texts, messages, a refused request, a redirect. */
public final class Faces {

    public static final String BUNDLE = "org.energytracking.portal.messages";

    private Faces() {
    }

    /** A text of the portal's shared bundle in the viewer's locale, with {0}-style arguments. */
    public static String text(String key, Object... arguments) {
        return textOf(BUNDLE, key, arguments);
    }

    /** A text of a feature's bundle ({@code "devices"}: org/energytracking/portal/devices.properties). */
    public static String textIn(String feature, String key, Object... arguments) {
        return textOf("org.energytracking.portal." + feature, key, arguments);
    }

    private static String textOf(String bundle, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String pattern = ResourceBundle.getBundle(bundle, context.getViewRoot().getLocale()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        notice(text(key, arguments));
    }

    /** An information message from a feature's bundle. */
    public static void infoIn(String feature, String key, Object... arguments) {
        notice(textIn(feature, key, arguments));
    }

    private static void notice(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /**
     * Shows a refused request beside the field it names, when the form has a component with that id
     * (forms use the API's field names as ids), else at the top of the page.
     */
    public static void problem(Problem problem) {
        problem(problem, "form");
    }

    /** As {@link #problem(Problem)}, for a page whose form with the API's field names has another id. */
    public static void problem(Problem problem, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null);
        String clientId = null;
        if (problem.field() != null) {
            UIComponent field = context.getViewRoot().findComponent(":" + formId + ":" + problem.field().replace('.', '_'));
            clientId = field == null ? null : field.getClientId(context);
        }
        context.addMessage(clientId, message);
        context.validationFailed();
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reloads the page and shows the notice beside a component of it. For changes a page fixes when it
     * is built, such as the time zone of its date converters, which an ajax update would not change.
     */
    public static void reloadWithNotice(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
        redirect(context.getViewRoot().getViewId().replace(".xhtml", ""));
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    public static ClientInfo client() {
        HttpServletRequest request = request();
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
