package org.xueji.ui.classbalance;

/** The principal's entry (APPROVE_CHANGE): the same runs and review, without the set-up form. */
public class ReviewView extends ClassBalanceView {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "classbalance/review";

    @Override
    ClassBalanceUiText title() {
        return ClassBalanceUiText.REVIEW_TITLE;
    }
}
