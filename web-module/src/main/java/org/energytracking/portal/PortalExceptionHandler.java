package org.energytracking.portal;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.api.ErrorMappers;
import org.energytracking.kernel.Problem;

/**
 * No stack trace ever reaches a browser: a refused request (403, 404) shows the friendly error page
 * with its status, an expired view reloads the page, and anything else is logged with an incident
 * number the page shows, so a user's report can be matched to the log.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PortalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext() && !context.getResponseComplete()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            show(context, thrown);
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext context, Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && !(cause instanceof Problem) && !(cause instanceof ViewExpiredException)) {
            cause = cause.getCause();
        }
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (cause instanceof ViewExpiredException) {
            Faces.redirect(request.getRequestURI().substring(request.getContextPath().length()));
            return;
        }
        int status = cause instanceof Problem problem ? ErrorMappers.status(problem) : 500;
        if (status >= 500) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Portal incident " + incident + " on " + request.getRequestURI(), thrown);
            request.setAttribute("incident", incident);
        }
        request.setAttribute("status", status);
        context.getExternalContext().setResponseStatus(status);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, "/error.xhtml"));
        context.getPartialViewContext().setRenderAll(true);
        context.renderResponse();
    }
}
