package org.missionledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's {@code /login}). */
@Controller
class LoginController {

    private final PageContexts pages;

    LoginController(PageContexts pages) {
        this.pages = pages;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "Sign in", new Breadcrumb("Sign in", null)));
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("signedOut", request.getParameter("logout") != null);
        return "pages/login";
    }
}
