package vn.thuocdo.fieldwork.quality;

import java.util.List;

/** A call-back draw and the seed that made it: kept together, so anyone can draw it again and compare. */
public record CallBackDraw(long seed, List<CallBack> interviews) {

    public CallBackDraw {
        interviews = List.copyOf(interviews);
    }
}
